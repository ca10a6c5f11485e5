package org.ccmdesk.obligations;

import static org.ccmdesk.system.Audience.FOCAL_POINT;
import static org.ccmdesk.system.Audience.PUBLIC;
import static org.ccmdesk.system.Audience.SECRETARIAT;

import java.util.List;

import org.ccmdesk.system.MenuEntries;
import org.ccmdesk.system.MenuEntry;
import org.ccmdesk.system.RouteRule;
import org.ccmdesk.system.RouteRules;
import org.springframework.stereotype.Component;

/** Who may call the routes of the obligations module, and its menu links. */
@Component
class ObligationRoutes implements RouteRules, MenuEntries {

    @Override
    public List<RouteRule> rules() {
        return List.of(
                RouteRule.get(PUBLIC, "/obligations", "/obligations/overdue", "/obligations.csv", "/obligations.xlsx",
                        "/states/*/obligations", "/documents/*", "/api/obligations", "/api/obligations/overdue",
                        "/api/obligations/rules", "/api/states/*/obligations"),
                RouteRule.anyMethod(FOCAL_POINT, "/states/*/obligations/*/record", "/states/*/reports/voluntary",
                        "/states/*/extensions/new"),
                RouteRule.post(FOCAL_POINT, "/states/*/flags", "/api/states/*/obligations/*/fulfilment",
                        "/api/states/*/extensions"),
                RouteRule.post(SECRETARIAT, "/fulfilments/*/verify", "/api/fulfilments/*/verify",
                        "/extensions/*/verify", "/api/extensions/*/verify"),
                RouteRule.post(SECRETARIAT, "/admin/obligation-rules/*/records-complete-from"),
                RouteRule.anyMethod(SECRETARIAT, "/admin/obligation-rules", "/admin/obligation-rules/new",
                        "/admin/obligations/import"));
    }

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(new MenuEntry(30, "nav.obligations", "/obligations", PUBLIC, true),
                new MenuEntry(120, "nav.rules", "/admin/obligation-rules", SECRETARIAT, false));
    }

}

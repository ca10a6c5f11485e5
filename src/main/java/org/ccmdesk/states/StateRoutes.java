package org.ccmdesk.states;

import static org.ccmdesk.system.Audience.PUBLIC;
import static org.ccmdesk.system.Audience.SECRETARIAT;

import java.util.List;

import org.ccmdesk.system.MenuEntries;
import org.ccmdesk.system.MenuEntry;
import org.ccmdesk.system.RouteRule;
import org.ccmdesk.system.RouteRules;
import org.springframework.stereotype.Component;

/** Who may call the routes of the states module, and its menu links. */
@Component
class StateRoutes implements RouteRules, MenuEntries {

    @Override
    public List<RouteRule> rules() {
        return List.of(RouteRule
            .get(PUBLIC, "/states", "/states.csv", "/states/*", "/api/states", "/api/states/*", "/api/treaty/summary"),
                RouteRule.get(SECRETARIAT, "/states/*/events/*/correction"),
                RouteRule.post(SECRETARIAT, "/states/*/events", "/states/*/events/*/correction", "/states/*/mission",
                        "/api/states/*/events", "/api/states/*/events/*/correction"),
                RouteRule.anyMethod(SECRETARIAT, "/admin/organisations", "/admin/organisations/new",
                        "/admin/organisations/*", "/admin/missions/import"),
                RouteRule.get(SECRETARIAT, "/admin/missions.csv"));
    }

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(new MenuEntry(20, "nav.states", "/states", PUBLIC, true),
                new MenuEntry(110, "nav.organisations", "/admin/organisations", SECRETARIAT, false));
    }

}

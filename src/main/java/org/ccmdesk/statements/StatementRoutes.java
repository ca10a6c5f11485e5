package org.ccmdesk.statements;

import static org.ccmdesk.system.Audience.FOCAL_POINT;
import static org.ccmdesk.system.Audience.PUBLIC;
import static org.ccmdesk.system.Audience.SECRETARIAT;

import java.util.List;

import org.ccmdesk.system.MenuEntries;
import org.ccmdesk.system.MenuEntry;
import org.ccmdesk.system.RouteRule;
import org.ccmdesk.system.RouteRules;
import org.springframework.stereotype.Component;

/** Who may call the routes of the statements module, and its menu links. */
@Component
class StatementRoutes implements RouteRules, MenuEntries {

    @Override
    public List<RouteRule> rules() {
        return List.of(
                RouteRule.get(PUBLIC, "/meetings/*/speakers", "/meetings/*/room", "/meetings/*/room/now",
                        "/meetings/*/statements", "/statements", "/statements/*", "/statements/*/statement.pdf",
                        "/uses", "/uses/*", "/uses/*/condemnations.csv", "/uses/*/condemnations.xlsx",
                        "/api/meetings/*/speakers", "/api/uses", "/api/uses/*/condemnations"),
                RouteRule.get(FOCAL_POINT, "/meetings/*/statements/new"),
                RouteRule.post(FOCAL_POINT, "/meetings/*/speakers", "/meetings/*/statements",
                        "/api/meetings/*/speakers"),
                RouteRule.get(SECRETARIAT, "/meetings/*/console", "/admin/announcements", "/admin/uses/new"),
                RouteRule.post(SECRETARIAT, "/meetings/*/console/next", "/speaker-entries/*/*",
                        "/speaker-lists/*/close", "/speaker-lists/*/reopen", "/speaker-lists/*/settings",
                        "/meetings/*/speaking-order", "/statements/*/publish", "/meetings/*/statements/publish",
                        "/admin/uses", "/uses/*/condemnations", "/api/condemnations"));
    }

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(new MenuEntry(45, "nav.statements", "/statements", PUBLIC, false),
                new MenuEntry(46, "nav.uses", "/uses", PUBLIC, true),
                new MenuEntry(125, "nav.announcements", "/admin/announcements", SECRETARIAT, false));
    }

}

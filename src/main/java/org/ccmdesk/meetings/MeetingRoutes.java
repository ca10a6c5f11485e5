package org.ccmdesk.meetings;

import static org.ccmdesk.system.Audience.PUBLIC;
import static org.ccmdesk.system.Audience.SECRETARIAT;

import java.util.List;

import org.ccmdesk.system.MenuEntries;
import org.ccmdesk.system.MenuEntry;
import org.ccmdesk.system.RouteRule;
import org.ccmdesk.system.RouteRules;
import org.springframework.stereotype.Component;

/** Who may call the routes of the meetings module, and its menu link. */
@Component
class MeetingRoutes implements RouteRules, MenuEntries {

    @Override
    public List<RouteRule> rules() {
        return List.of(
                RouteRule.get(PUBLIC, "/meetings", "/meetings/*", "/meetings/*/calendar.ics", "/meetings.ics",
                        "/api/meetings", "/api/meetings/*"),
                RouteRule.anyMethod(SECRETARIAT, "/admin/meetings/new", "/admin/meetings/*/edit",
                        "/admin/meetings/*/copy", "/admin/meetings/*/cancel", "/admin/meetings/*/agenda",
                        "/admin/meetings/*/agenda/*/remove", "/admin/meetings/*/texts"));
    }

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(new MenuEntry(40, "nav.meetings", "/meetings", PUBLIC, false));
    }

}

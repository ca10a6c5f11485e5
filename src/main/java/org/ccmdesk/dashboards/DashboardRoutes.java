package org.ccmdesk.dashboards;

import static org.ccmdesk.system.Audience.PUBLIC;

import java.util.List;

import org.ccmdesk.system.MenuEntries;
import org.ccmdesk.system.MenuEntry;
import org.ccmdesk.system.RouteRule;
import org.ccmdesk.system.RouteRules;
import org.springframework.stereotype.Component;

/** The dashboards are public; the home page is the menu's first link. */
@Component
class DashboardRoutes implements RouteRules, MenuEntries {

    @Override
    public List<RouteRule> rules() {
        return List.of(RouteRule.get(PUBLIC, "/", "/api/treaty/timeline"));
    }

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(new MenuEntry(10, "nav.home", "/", PUBLIC, true));
    }

}

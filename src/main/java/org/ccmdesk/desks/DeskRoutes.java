package org.ccmdesk.desks;

import static org.ccmdesk.system.Audience.SIGNED_IN;

import java.util.List;

import org.ccmdesk.system.MenuEntries;
import org.ccmdesk.system.MenuEntry;
import org.ccmdesk.system.RouteRule;
import org.ccmdesk.system.RouteRules;
import org.springframework.stereotype.Component;

/** Who may see the desk (anyone signed in: each sees their own), and its menu link. */
@Component
class DeskRoutes implements RouteRules, MenuEntries {

    @Override
    public List<RouteRule> rules() {
        return List.of(RouteRule.get(SIGNED_IN, "/desk"));
    }

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(new MenuEntry(5, "nav.desk", "/desk", SIGNED_IN, false));
    }

}

package org.ccmdesk.notifications;

import static org.ccmdesk.system.Audience.SECRETARIAT;

import java.util.List;

import org.ccmdesk.system.MenuEntries;
import org.ccmdesk.system.MenuEntry;
import org.ccmdesk.system.RouteRule;
import org.ccmdesk.system.RouteRules;
import org.springframework.stereotype.Component;

/** Who may call the routes of the notifications module, and its menu link. */
@Component
class NotificationRoutes implements RouteRules, MenuEntries {

    @Override
    public List<RouteRule> rules() {
        return List.of(RouteRule.get(SECRETARIAT, "/admin/mail", "/admin/mail/*"),
                RouteRule.post(SECRETARIAT, "/admin/mail/*/resend", "/admin/mail/test"));
    }

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(new MenuEntry(120, "nav.mail", "/admin/mail", SECRETARIAT, false));
    }

}

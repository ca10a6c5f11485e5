package org.ccmdesk.notifications;

import static org.ccmdesk.system.Audience.PUBLIC;
import static org.ccmdesk.system.Audience.SECRETARIAT;
import static org.ccmdesk.system.Audience.SIGNED_IN;

import java.util.List;

import org.ccmdesk.system.MenuEntries;
import org.ccmdesk.system.MenuEntry;
import org.ccmdesk.system.RouteRule;
import org.ccmdesk.system.RouteRules;
import org.springframework.stereotype.Component;

/**
 * Who may call the routes of the notifications module, and its menu links. The stop link
 * is public: it is opened from a message, often by someone without an account, and the
 * signed token in it says what it may stop.
 */
@Component
class NotificationRoutes implements RouteRules, MenuEntries {

    @Override
    public List<RouteRule> rules() {
        return List.of(RouteRule.get(SECRETARIAT, "/admin/mail", "/admin/mail/*"),
                RouteRule.post(SECRETARIAT, "/admin/mail/*/resend", "/admin/mail/test"),
                RouteRule.anyMethod(SIGNED_IN, MessageChoicesController.PATH),
                RouteRule.anyMethod(PUBLIC, MailPreferences.STOP_PATH));
    }

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(new MenuEntry(65, "nav.messages", MessageChoicesController.PATH, SIGNED_IN, false),
                new MenuEntry(120, "nav.mail", "/admin/mail", SECRETARIAT, false));
    }

}

package org.ccmdesk.accounts;

import static org.ccmdesk.system.Audience.FOCAL_POINT;
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
 * Who may call the routes of the accounts module, and its menu links. Signing in and out
 * need no rule: the login and logout filters answer them before the rules are checked.
 */
@Component
class AccountRoutes implements RouteRules, MenuEntries {

    @Override
    public List<RouteRule> rules() {
        return List.of(RouteRule.get(PUBLIC, "/login", "/password-reset/*", "/forgot-password", "/sign-up"),
                RouteRule.post(PUBLIC, "/password-reset/*", "/forgot-password", "/sign-up"),
                RouteRule.anyMethod(SIGNED_IN, "/account", "/account/password", "/account/language", "/account/tokens",
                        "/account/tokens/*/revoke", "/api/me"),
                RouteRule.anyMethod(FOCAL_POINT, "/focal-point/states/*", "/api/focal-point/states/*/focal-points"),
                RouteRule.anyMethod(SECRETARIAT, "/admin/users", "/admin/users/new", "/admin/users/*",
                        "/admin/users/*/disable", "/admin/users/*/enable", "/admin/users/*/password-link",
                        "/admin/users/*/grants", "/admin/audit"));
    }

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(new MenuEntry(100, "nav.users", "/admin/users", SECRETARIAT, false),
                new MenuEntry(130, "nav.audit", "/admin/audit", SECRETARIAT, false));
    }

}

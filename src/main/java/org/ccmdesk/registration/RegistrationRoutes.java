package org.ccmdesk.registration;

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

/** Who may call the routes of the registration module, and its menu link. */
@Component
class RegistrationRoutes implements RouteRules, MenuEntries {

    @Override
    public List<RouteRule> rules() {
        return List.of(RouteRule.get(PUBLIC, "/meetings/*/participants", "/api/meetings/*/participants"),
                RouteRule.get(SECRETARIAT, "/meetings/*/registrations", "/meetings/*/registrations.csv",
                        "/meetings/*/registrations.xlsx", "/meetings/*/participants.pdf",
                        "/meetings/*/participants.csv", "/meetings/*/participants.xlsx", "/meetings/*/badges.pdf",
                        "/registrations/*/badge.pdf"),
                RouteRule.post(SECRETARIAT, "/meetings/*/registrations/approve", "/registrations/*/approve",
                        "/registrations/*/reject"),
                RouteRule.get(FOCAL_POINT, "/meetings/*/delegations", "/meetings/*/delegations/*", "/credentials/*"),
                RouteRule.post(FOCAL_POINT, "/meetings/*/delegations/*/credentials", "/registrations/*/confirm"),
                RouteRule.anyMethod(SIGNED_IN, "/meetings/*/register", "/profile"),
                RouteRule.get(SIGNED_IN, "/registrations/*", "/registrations/*/visa-letter.pdf", "/my/registrations",
                        "/api/registrations", "/api/registrations/*"),
                RouteRule.post(SIGNED_IN, "/registrations/*/withdraw", "/api/meetings/*/registrations"));
    }

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(new MenuEntry(60, "nav.myRegistrations", "/my/registrations", SIGNED_IN, false));
    }

}

package org.ccmdesk.invitations;

import static org.ccmdesk.system.Audience.FOCAL_POINT;
import static org.ccmdesk.system.Audience.SECRETARIAT;

import java.util.List;

import org.ccmdesk.system.MenuEntries;
import org.ccmdesk.system.MenuEntry;
import org.ccmdesk.system.RouteRule;
import org.ccmdesk.system.RouteRules;
import org.springframework.stereotype.Component;

/** Who may call the routes of the invitations module, and its menu links. */
@Component
class InvitationRoutes implements RouteRules, MenuEntries {

    @Override
    public List<RouteRule> rules() {
        return List.of(
                RouteRule.get(SECRETARIAT, "/meetings/*/invitations", "/invitations/*", "/invitation-jobs/*",
                        "/invitation-jobs/*/letters.pdf", "/invitation-jobs/*/letters.zip", "/api/meetings/*/funnel",
                        "/invitation-mailings/*", "/admin/mission-contacts", "/admin/mission-contacts/*",
                        "/admin/mission-contacts/*/delete"),
                RouteRule.post(SECRETARIAT, "/meetings/*/invitations/prepare", "/meetings/*/invitations/letters",
                        "/invitations/*/sent", "/invitations/*/reminder", "/invitations/*/channel",
                        "/meetings/*/invitations/send", "/meetings/*/invitations/reminders",
                        "/meetings/*/invitations/mark-sent", "/admin/mission-contacts/*",
                        "/admin/mission-contacts/*/delete"),
                RouteRule.get(FOCAL_POINT, "/invitations/*/letter.pdf", "/my/invitations"),
                RouteRule.post(FOCAL_POINT, "/invitations/*/acknowledge", "/invitations/*/decline"));
    }

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(new MenuEntry(50, "nav.myInvitations", "/my/invitations", FOCAL_POINT, false),
                new MenuEntry(115, "nav.missionContacts", "/admin/mission-contacts", SECRETARIAT, false));
    }

}

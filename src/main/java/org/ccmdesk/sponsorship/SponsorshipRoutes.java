package org.ccmdesk.sponsorship;

import static org.ccmdesk.system.Audience.FOCAL_POINT;
import static org.ccmdesk.system.Audience.PUBLIC;
import static org.ccmdesk.system.Audience.REVIEWER;
import static org.ccmdesk.system.Audience.SECRETARIAT;
import static org.ccmdesk.system.Audience.SIGNED_IN;

import java.util.List;

import org.ccmdesk.system.MenuEntries;
import org.ccmdesk.system.MenuEntry;
import org.ccmdesk.system.RouteRule;
import org.ccmdesk.system.RouteRules;
import org.springframework.stereotype.Component;

/**
 * Who may call the routes of the sponsorship module, and its menu links. Finer checks (a
 * focal point applies and answers only for its own state, a delegate only for themself)
 * are made in the services.
 */
@Component
class SponsorshipRoutes implements RouteRules, MenuEntries {

    @Override
    public List<RouteRule> rules() {
        return List.of(RouteRule.get(PUBLIC, "/sponsorship/public", "/sponsorship/public/*"),
                RouteRule.get(REVIEWER, "/sponsorship", "/sponsorship/meetings/*"),
                RouteRule.post(REVIEWER, "/sponsorship/applications/*/review"),
                RouteRule.get(SECRETARIAT, "/sponsorship/programmes/*", "/sponsorship/programmes/*/ledger.csv",
                        "/sponsorship/programmes/*/ledger.xlsx", "/sponsorship/programmes/*/report",
                        "/sponsorship/programmes/*/report.pdf", "/sponsorship/programmes/*/report.xlsx",
                        "/sponsorship/meetings/*/report", "/sponsorship/meetings/*/report.pdf",
                        "/sponsorship/meetings/*/report.xlsx", "/api/sponsorship/programmes/*/ledger"),
                RouteRule.anyMethod(SECRETARIAT, "/sponsorship/meetings/*/call"),
                RouteRule.post(SECRETARIAT, "/sponsorship/programmes", "/sponsorship/programmes/*/settings",
                        "/sponsorship/programmes/*/funds", "/sponsorship/funds/*/receive",
                        "/sponsorship/programmes/*/questions", "/sponsorship/meetings/*/next-round",
                        "/sponsorship/applications/*/outcome", "/sponsorship/applications/*/offer",
                        "/sponsorship/offers/*/extend", "/sponsorship/offers/*/items/*/pay",
                        "/api/sponsorship/programmes/*/funds", "/api/sponsorship/applications/*/offer"),
                RouteRule.anyMethod(FOCAL_POINT, "/sponsorship/meetings/*/apply"),
                RouteRule.post(FOCAL_POINT, "/api/sponsorship/applications"),
                RouteRule.get(SIGNED_IN, "/sponsorship/applications/*", "/my/sponsorship"),
                RouteRule.post(SIGNED_IN, "/sponsorship/offers/*/items/*/accept",
                        "/sponsorship/offers/*/items/*/decline", "/api/sponsorship/offers/*/items/*/accept",
                        "/api/sponsorship/offers/*/items/*/decline"));
    }

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(new MenuEntry(45, "nav.sponsorship", "/sponsorship", REVIEWER, false),
                new MenuEntry(62, "nav.mySponsorship", "/my/sponsorship", SIGNED_IN, false),
                new MenuEntry(46, "nav.sponsorshipPublic", "/sponsorship/public", PUBLIC, false));
    }

}

package org.ccmdesk.briefings;

import static org.ccmdesk.system.Audience.FOCAL_POINT;
import static org.ccmdesk.system.Audience.PUBLIC;
import static org.ccmdesk.system.Audience.SECRETARIAT;

import java.util.List;

import org.ccmdesk.system.RouteRule;
import org.ccmdesk.system.RouteRules;
import org.springframework.stereotype.Component;

/**
 * Who may call the routes of the briefings module. The memo is public; its delegation
 * section is filled in by the service for the state's focal points and the secretariat
 * only.
 */
@Component
class BriefingRoutes implements RouteRules {

    @Override
    public List<RouteRule> rules() {
        return List.of(
                RouteRule.get(PUBLIC, "/briefings/*/*", "/briefings/*/*/memo.pdf", "/briefings/*/*/memo.md",
                        "/briefings/*/lines.csv"),
                RouteRule.post(FOCAL_POINT, "/briefings/*/*/send"), RouteRule.post(SECRETARIAT, "/briefings/*/pack"),
                RouteRule.get(SECRETARIAT, "/briefing-packs/*", "/briefing-packs/*/pack.pdf"));
    }

}

package org.ccmdesk.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ccmdesk.system.Audience.FOCAL_POINT;
import static org.ccmdesk.system.Audience.PUBLIC;
import static org.ccmdesk.system.Audience.SECRETARIAT;
import static org.ccmdesk.system.Audience.SIGNED_IN;

import java.util.List;

import org.ccmdesk.system.Audience;
import org.ccmdesk.system.RouteRule;
import org.ccmdesk.system.RouteRules;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/**
 * Which rule a request gets, as the security filter chain picks it; no Spring context.
 */
class RouteAuthorizationTest {

    private final RouteRules states = () -> List.of(RouteRule.get(PUBLIC, "/states", "/states/*"),
            RouteRule.post(SECRETARIAT, "/states/*/events"),
            RouteRule.anyMethod(SECRETARIAT, "/admin/organisations/*"));

    private final RouteRules obligations = () -> List.of(
            RouteRule.anyMethod(FOCAL_POINT, "/states/*/reports/voluntary"), RouteRule.get(SIGNED_IN, "/documents/**"),
            RouteRule.get(PUBLIC, "/documents/public"));

    private final RouteAuthorization rules = new RouteAuthorization(List.of(states, obligations));

    private Audience audienceOf(String method, String path) {
        return rules.audienceOf(new MockHttpServletRequest(method, path)).orElse(null);
    }

    @Test
    void aRequestGetsTheAudienceOfTheRuleMatchingItsMethodAndPath() {
        assertThat(audienceOf("GET", "/states")).isEqualTo(PUBLIC);
        assertThat(audienceOf("GET", "/states/FRA")).isEqualTo(PUBLIC);
        assertThat(audienceOf("POST", "/states/FRA/events")).isEqualTo(SECRETARIAT);
        assertThat(audienceOf("GET", "/states/FRA/reports/voluntary")).isEqualTo(FOCAL_POINT);
    }

    @Test
    void aRuleWithoutMethodMatchesEveryMethod() {
        assertThat(audienceOf("GET", "/admin/organisations/7")).isEqualTo(SECRETARIAT);
        assertThat(audienceOf("POST", "/admin/organisations/7")).isEqualTo(SECRETARIAT);
        assertThat(audienceOf("POST", "/states/FRA/reports/voluntary")).isEqualTo(FOCAL_POINT);
    }

    @Test
    void aRequestThatNoRuleMatchesHasNoAudienceAndIsDenied() {
        assertThat(audienceOf("POST", "/states")).as("GET rule, POST request").isNull();
        assertThat(audienceOf("GET", "/states/FRA/events")).as("POST rule, GET request").isNull();
        assertThat(audienceOf("GET", "/states/FRA/unknown")).as("one * is one path segment").isNull();
        assertThat(audienceOf("GET", "/admin/organisations")).isNull();
    }

    @Test
    void withinAModuleTheFirstMatchingRuleWinsAndOverlapsAreVisible() {
        assertThat(audienceOf("GET", "/documents/public")).isEqualTo(SIGNED_IN);
        assertThat(rules.matching(new MockHttpServletRequest("GET", "/documents/public"))).hasSize(2);
        assertThat(rules.matching(new MockHttpServletRequest("GET", "/documents/7"))).hasSize(1);
    }

}

package org.ccmdesk.accounts;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.ccmdesk.system.Audience;
import org.ccmdesk.system.RouteRule;
import org.ccmdesk.system.RouteRules;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The route rules of every module, in the order the security filter chain checks them: a
 * request gets the audience of the first rule it matches, and is denied when it matches
 * none.
 */
final class RouteAuthorization {

    private static final PathPatternRequestMatcher.Builder PATHS = PathPatternRequestMatcher.withDefaults();

    private static final String SECRETARIAT = Role.SECRETARIAT.name();

    private static final String FOCAL_POINT = Role.FOCAL_POINT.name();

    private record Matching(RouteRule rule, RequestMatcher matcher) {
    }

    private final List<Matching> rules;

    private final List<RequestMatcher> anyMethod;

    RouteAuthorization(List<? extends RouteRules> modules) {
        this.rules = modules.stream()
            .flatMap(module -> module.rules().stream())
            .map(rule -> new Matching(rule, matcher(rule)))
            .toList();
        this.anyMethod = rules.stream()
            .flatMap(each -> each.rule().patterns().stream())
            .distinct()
            .map(pattern -> (RequestMatcher) PATHS.matcher(pattern))
            .toList();
    }

    List<RouteRule> rules() {
        return rules.stream().map(Matching::rule).toList();
    }

    /**
     * The rules this request matches, in order; more than one means two rules overlap.
     */
    List<RouteRule> matching(HttpServletRequest request) {
        return rules.stream().filter(each -> each.matcher().matches(request)).map(Matching::rule).toList();
    }

    /**
     * Whether a rule names this request's path, whatever its method (a GET of a POST-only
     * path is refused, not "not found").
     */
    boolean matchesAnyPath(HttpServletRequest request) {
        return anyMethod.stream().anyMatch(m -> m.matches(request));
    }

    Optional<Audience> audienceOf(HttpServletRequest request) {
        return matching(request).stream().findFirst().map(RouteRule::audience);
    }

    /**
     * The same matching as {@code requestMatchers(method, patterns)}: Spring's path
     * patterns.
     */
    static RequestMatcher matcher(RouteRule rule) {
        List<RequestMatcher> paths = rule.patterns()
            .stream()
            .map(pattern -> (RequestMatcher) PATHS.matcher(rule.method(), pattern))
            .toList();
        return new OrRequestMatcher(paths);
    }

    void applyTo(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry registry) {
        for (Matching each : rules) {
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizedUrl route = registry
                .requestMatchers(each.matcher());
            switch (each.rule().audience()) {
                case PUBLIC -> route.permitAll();
                case SIGNED_IN -> route.authenticated();
                case FOCAL_POINT -> route.hasAnyRole(SECRETARIAT, FOCAL_POINT);
                case REVIEWER -> route.hasAnyRole(SECRETARIAT, Role.REVIEWER.name());
                case SECRETARIAT -> route.hasRole(SECRETARIAT);
            }
        }
        registry.anyRequest().denyAll();
    }

}

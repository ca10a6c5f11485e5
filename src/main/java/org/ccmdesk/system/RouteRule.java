package org.ccmdesk.system;

import java.util.List;

import org.springframework.http.HttpMethod;

/**
 * Who may call the routes matching {@code patterns} (Spring path patterns, as in
 * {@code requestMatchers}) with {@code method}; a null method means any method.
 */
public record RouteRule(HttpMethod method, List<String> patterns, Audience audience) {

    public RouteRule {
        patterns = List.copyOf(patterns);
        if (patterns.isEmpty()) {
            throw new IllegalArgumentException("a rule needs at least one pattern");
        }
    }

    public static RouteRule get(Audience audience, String... patterns) {
        return new RouteRule(HttpMethod.GET, List.of(patterns), audience);
    }

    public static RouteRule post(Audience audience, String... patterns) {
        return new RouteRule(HttpMethod.POST, List.of(patterns), audience);
    }

    public static RouteRule anyMethod(Audience audience, String... patterns) {
        return new RouteRule(null, List.of(patterns), audience);
    }
}

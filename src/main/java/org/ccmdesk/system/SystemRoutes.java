package org.ccmdesk.system;

import static org.ccmdesk.system.Audience.PUBLIC;
import static org.ccmdesk.system.Audience.SECRETARIAT;

import java.util.List;

import org.springframework.stereotype.Component;

/**
 * Routes that no business module serves: error pages, static resources, health checks and
 * the API documentation (springdoc), which the menu links to.
 */
@Component
class SystemRoutes implements RouteRules, MenuEntries {

    @Override
    public List<RouteRule> rules() {
        return List.of(RouteRule.anyMethod(PUBLIC, "/error"),
                RouteRule.get(PUBLIC, "/webjars/**", "/css/**", "/js/**", "/vendor/**", "/favicon.svg"),
                RouteRule.get(PUBLIC, "/actuator/health", "/actuator/health/**"),
                RouteRule.get(SECRETARIAT, "/actuator"), RouteRule.get(PUBLIC, "/api/docs", "/api/docs.yaml",
                        "/api/docs/swagger-config", "/swagger-ui.html", "/swagger-ui/**"));
    }

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(new MenuEntry(70, "nav.api", "/swagger-ui/index.html", PUBLIC, false));
    }

}

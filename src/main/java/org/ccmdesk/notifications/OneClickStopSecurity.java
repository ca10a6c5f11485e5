package org.ccmdesk.notifications;

import jakarta.servlet.http.HttpServletRequest;

import org.ccmdesk.system.RequestPath;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The one request that CSRF protection must let through: the RFC 8058 one-click stop, a
 * POST of {@code List-Unsubscribe=One-Click} that a mail client (Gmail, Apple Mail...)
 * sends to the link of the {@code List-Unsubscribe} header by itself, with no page before
 * it and so no CSRF token. The signed token in the link is the protection: whoever holds
 * it may stop those messages anyway with the page's button, and a forged request without
 * it changes nothing. Only that POST is matched here; the stop page and its button, and
 * everything else, go through the application's chain with CSRF as usual. It needs no
 * session and creates none.
 */
@Configuration(proxyBeanMethods = false)
class OneClickStopSecurity {

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain oneClickStopChain(HttpSecurity http) throws Exception {
        http.securityMatcher(OneClickStopSecurity::isOneClickStop)
            .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
            .csrf(AbstractHttpConfigurer::disable)
            .requestCache(AbstractHttpConfigurer::disable)
            .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }

    static boolean isOneClickStop(HttpServletRequest request) {
        return HttpMethod.POST.matches(request.getMethod()) && MailPreferences.STOP_PATH.equals(RequestPath.of(request))
                && "One-Click".equals(request.getParameter("List-Unsubscribe"));
    }

}

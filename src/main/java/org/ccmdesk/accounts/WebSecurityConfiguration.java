package org.ccmdesk.accounts;

import java.time.Duration;
import java.util.List;

import javax.sql.DataSource;

import org.ccmdesk.system.RequestPath;
import org.ccmdesk.system.RouteRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.RememberMeAuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.rememberme.JdbcTokenRepositoryImpl;
import org.springframework.security.web.authentication.rememberme.PersistentTokenBasedRememberMeServices;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The security filter chain of the whole application. Deny by default: a URL is reachable
 * only when a module's {@link RouteRules} allow it, and {@code AuthorizationRulesTest}
 * walks every route to check the rules.
 */
@Configuration(proxyBeanMethods = false)
class WebSecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * Passwords (throttled) and "keep me signed in": the manager is ours, so the
     * remember-me provider that {@code rememberMe()} would add to the default one must be
     * here, or every cookie sign-in fails and the cookie is cancelled.
     */
    @Bean
    AuthenticationManager authenticationManager(CcmUserDetailsService users, PasswordEncoder encoder,
            LoginThrottle throttle, PersistentTokenBasedRememberMeServices rememberMe) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(encoder);
        return new ProviderManager(new ThrottledAuthenticationProvider(passwords, throttle),
                new RememberMeAuthenticationProvider(rememberMe.getKey()));
    }

    @Bean
    PersistentTokenBasedRememberMeServices rememberMeServices(CcmUserDetailsService users, DataSource dataSource,
            RememberMeSettings settings) {
        JdbcTokenRepositoryImpl repository = new JdbcTokenRepositoryImpl();
        repository.setDataSource(dataSource);
        PersistentTokenBasedRememberMeServices services = new PersistentTokenBasedRememberMeServices(
                settings.keyOrRandom(), users, repository);
        services.setParameter("remember-me");
        services.setTokenValiditySeconds((int) Duration.ofDays(14).toSeconds());
        return services;
    }

    @Bean
    RouteAuthorization routeAuthorization(List<RouteRules> modules) {
        return new RouteAuthorization(modules);
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AuthenticationManager authenticationManager,
            RouteAuthorization routes, LoginAttempts attempts, ApiTokens tokens,
            PersistentTokenBasedRememberMeServices rememberMe) throws Exception {
        http.authenticationManager(authenticationManager)
            .authorizeHttpRequests(routes::applyTo)
            .addFilterBefore(new ApiTokenAuthenticationFilter(tokens), UsernamePasswordAuthenticationFilter.class)
            .addFilterAfter(new MustChangePasswordFilter(), AuthorizationFilter.class)
            .addFilterBefore(new UnknownRouteFilter(routes), AuthorizationFilter.class)
            .csrf(csrf -> csrf.ignoringRequestMatchers(ApiTokenAuthenticationFilter::hasBearer))
            .httpBasic(AbstractHttpConfigurer::disable);
        signingInAndOut(http, new LoginOutcomeHandler(attempts), rememberMe);
        answersWhenRefused(http);
        headers(http);
        return http.build();
    }

    private static void signingInAndOut(HttpSecurity http, LoginOutcomeHandler outcome,
            PersistentTokenBasedRememberMeServices rememberMe) throws Exception {
        http.formLogin(form -> form.loginPage("/login")
            .loginProcessingUrl("/login")
            .usernameParameter("email")
            .passwordParameter("password")
            .successHandler(outcome)
            .failureHandler(outcome)
            .permitAll())
            .rememberMe(remember -> remember.rememberMeServices(rememberMe))
            .logout(logout -> logout.logoutUrl("/logout")
                .logoutSuccessUrl("/?signedOut")
                .deleteCookies("SESSION", "remember-me"));
    }

    /** The API answers 401 to the unauthenticated; pages send them to the login form. */
    private static void answersWhenRefused(HttpSecurity http) throws Exception {
        RequestMatcher api = RequestPath::isApi;
        http.exceptionHandling(errors -> errors
            .defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), api)
            .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"), request -> true)
            .accessDeniedHandler(new FriendlyAccessDeniedHandler()));
    }

    private static void headers(HttpSecurity http) throws Exception {
        http.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
            .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
            .frameOptions(frame -> frame.deny()));
    }

}

package org.ccmdesk.accounts;

import java.time.Duration;

import javax.sql.DataSource;

import org.ccmdesk.system.RequestPath;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
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
 * The security rules of the whole application. Deny by default: a URL is reachable only when a
 * rule below allows it, and {@code AuthorizationRulesTest} walks every route to check the rules.
 */
@Configuration(proxyBeanMethods = false)
class WebSecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private static final String SECRETARIAT = Role.SECRETARIAT.name();

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AuthenticationManager authenticationManager(CcmUserDetailsService users, PasswordEncoder encoder, LoginThrottle throttle) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(encoder);
        return new ProviderManager(new ThrottledAuthenticationProvider(passwords, throttle));
    }

    @Bean
    PersistentTokenBasedRememberMeServices rememberMeServices(CcmUserDetailsService users, DataSource dataSource,
            @org.springframework.beans.factory.annotation.Value("${ccm.remember-me.key:}") String key) {
        JdbcTokenRepositoryImpl repository = new JdbcTokenRepositoryImpl();
        repository.setDataSource(dataSource);
        PersistentTokenBasedRememberMeServices services = new PersistentTokenBasedRememberMeServices(
                key.isBlank() ? Secrets.newToken() : key, users, repository);
        services.setParameter("remember-me");
        services.setTokenValiditySeconds((int) Duration.ofDays(14).toSeconds());
        return services;
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AuthenticationManager authenticationManager,
            LoginAttempts attempts, ApiTokens tokens, PersistentTokenBasedRememberMeServices rememberMe) throws Exception {
        LoginOutcomeHandler outcome = new LoginOutcomeHandler(attempts);
        RequestMatcher api = request -> RequestPath.isApi(request);
        http.authenticationManager(authenticationManager)
                .authorizeHttpRequests(rules -> rules
                        .requestMatchers("/error").permitAll()
                        .requestMatchers(HttpMethod.GET, "/", "/states", "/states.csv", "/states/*", "/api/states",
                                "/api/states/*", "/api/treaty/**", "/api/docs", "/api/docs.yaml", "/api/docs/**", "/swagger-ui.html",
                                "/swagger-ui/**", "/webjars/**", "/css/**", "/js/**", "/vendor/**", "/favicon.svg",
                                "/actuator/health", "/actuator/health/**", "/login", "/password-reset/*", "/obligations",
                                "/obligations/overdue", "/obligations.csv", "/obligations.xlsx", "/states/*/obligations",
                                "/api/obligations", "/api/obligations/**", "/api/states/*/obligations", "/documents/*", "/meetings",
                                "/meetings/*", "/meetings/*/calendar.ics", "/meetings.ics", "/api/meetings", "/api/meetings/*")
                        .permitAll()
                        .requestMatchers(HttpMethod.POST, "/password-reset/*").permitAll()
                        .requestMatchers(HttpMethod.GET, "/states/*/events/*/correction").hasRole(SECRETARIAT)
                        .requestMatchers(HttpMethod.POST, "/states/*/events", "/states/*/events/*/correction",
                                "/api/states/*/events", "/api/states/*/events/*/correction").hasRole(SECRETARIAT)
                        .requestMatchers(HttpMethod.POST, "/fulfilments/*/verify", "/api/fulfilments/*/verify", "/extensions/*/verify",
                                "/api/extensions/*/verify").hasRole(SECRETARIAT)
                        .requestMatchers("/states/*/obligations/*/record", "/states/*/reports/voluntary", "/states/*/extensions/new")
                                .hasAnyRole(SECRETARIAT, Role.FOCAL_POINT.name())
                        .requestMatchers(HttpMethod.POST, "/states/*/flags", "/api/states/*/obligations/*/fulfilment",
                                "/api/states/*/extensions").hasAnyRole(SECRETARIAT, Role.FOCAL_POINT.name())
                        .requestMatchers(HttpMethod.GET, "/meetings/*/invitations", "/invitations/*", "/invitation-jobs/*",
                                "/invitation-jobs/*/letters.pdf", "/invitation-jobs/*/letters.zip", "/api/meetings/*/funnel")
                                .hasRole(SECRETARIAT)
                        .requestMatchers(HttpMethod.POST, "/meetings/*/invitations/prepare", "/meetings/*/invitations/letters",
                                "/invitations/*/sent", "/invitations/*/reminder", "/invitations/*/channel").hasRole(SECRETARIAT)
                        .requestMatchers(HttpMethod.GET, "/invitations/*/letter.pdf", "/my/invitations")
                                .hasAnyRole(SECRETARIAT, Role.FOCAL_POINT.name())
                        .requestMatchers(HttpMethod.POST, "/invitations/*/acknowledge", "/invitations/*/decline")
                                .hasAnyRole(SECRETARIAT, Role.FOCAL_POINT.name())
                        .requestMatchers(HttpMethod.GET, "/meetings/*/participants", "/api/meetings/*/participants").permitAll()
                        .requestMatchers(HttpMethod.GET, "/meetings/*/registrations", "/meetings/*/participants.pdf",
                                "/meetings/*/participants.csv", "/meetings/*/participants.xlsx", "/meetings/*/badges.pdf",
                                "/registrations/*/badge.pdf").hasRole(SECRETARIAT)
                        .requestMatchers(HttpMethod.POST, "/meetings/*/registrations/approve", "/registrations/*/approve",
                                "/registrations/*/reject").hasRole(SECRETARIAT)
                        .requestMatchers(HttpMethod.GET, "/meetings/*/delegations", "/meetings/*/delegations/*", "/credentials/*")
                                .hasAnyRole(SECRETARIAT, Role.FOCAL_POINT.name())
                        .requestMatchers(HttpMethod.POST, "/meetings/*/delegations/*/credentials", "/registrations/*/confirm")
                                .hasAnyRole(SECRETARIAT, Role.FOCAL_POINT.name())
                        .requestMatchers("/meetings/*/register", "/profile").authenticated()
                        .requestMatchers(HttpMethod.GET, "/registrations/*", "/registrations/*/visa-letter.pdf", "/my/registrations",
                                "/api/registrations", "/api/registrations/*").authenticated()
                        .requestMatchers(HttpMethod.POST, "/registrations/*/withdraw", "/api/meetings/*/registrations").authenticated()
                        .requestMatchers("/admin/**").hasRole(SECRETARIAT)
                        .requestMatchers(HttpMethod.GET, "/actuator").hasRole(SECRETARIAT)
                        .requestMatchers("/focal-point/**", "/api/focal-point/**")
                                .hasAnyRole(SECRETARIAT, Role.FOCAL_POINT.name())
                        .requestMatchers("/account", "/account/**", "/api/me").authenticated()
                        .requestMatchers(HttpMethod.POST, "/logout").authenticated()
                        .anyRequest().denyAll())
                .formLogin(form -> form.loginPage("/login").loginProcessingUrl("/login").usernameParameter("email")
                        .passwordParameter("password").successHandler(outcome).failureHandler(outcome).permitAll())
                .rememberMe(remember -> remember.rememberMeServices(rememberMe))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/?signedOut")
                        .deleteCookies("SESSION", "remember-me"))
                .httpBasic(AbstractHttpConfigurer::disable)
                .csrf(csrf -> csrf.ignoringRequestMatchers(ApiTokenAuthenticationFilter::hasBearer))
                .addFilterBefore(new ApiTokenAuthenticationFilter(tokens), UsernamePasswordAuthenticationFilter.class)
                .addFilterAfter(new MustChangePasswordFilter(), AuthorizationFilter.class)
                .exceptionHandling(errors -> errors
                        .defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), api)
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"), request -> true)
                        .accessDeniedHandler(new FriendlyAccessDeniedHandler()))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .frameOptions(frame -> frame.deny()));
        return http.build();
    }
}

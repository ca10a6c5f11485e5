package org.ccmdesk.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ccmdesk.support.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * Deny by default, checked: every route of the running application (read from its handler
 * mappings, so a new route without a rule here fails) is called as the public, a delegate, a
 * reviewer, a focal point and the secretariat, and must be allowed or denied as its rule says.
 */
@DatabaseTest
@Transactional
class AuthorizationRulesTest {

    enum Access { PUBLIC, SIGNED_IN, FOCAL_POINT, SECRETARIAT }

    /** The rule of every route: "METHOD pattern". */
    static final Map<String, Access> RULES = Map.ofEntries(
            Map.entry("GET /", Access.PUBLIC),
            Map.entry("GET /meetings/{id}/participants", Access.PUBLIC),
            Map.entry("GET /api/meetings/{id}/participants", Access.PUBLIC),
            Map.entry("GET /meetings/{id}/registrations", Access.SECRETARIAT),
            Map.entry("GET /meetings/{id}/participants.pdf", Access.SECRETARIAT),
            Map.entry("GET /meetings/{id}/participants.csv", Access.SECRETARIAT),
            Map.entry("GET /meetings/{id}/participants.xlsx", Access.SECRETARIAT),
            Map.entry("GET /meetings/{id}/badges.pdf", Access.SECRETARIAT),
            Map.entry("GET /registrations/{id}/badge.pdf", Access.SECRETARIAT),
            Map.entry("POST /meetings/{id}/registrations/approve", Access.SECRETARIAT),
            Map.entry("POST /registrations/{id}/approve", Access.SECRETARIAT),
            Map.entry("POST /registrations/{id}/reject", Access.SECRETARIAT),
            Map.entry("GET /meetings/{id}/delegations", Access.FOCAL_POINT),
            Map.entry("GET /meetings/{id}/delegations/{delegation}", Access.FOCAL_POINT),
            Map.entry("GET /credentials/{id}", Access.FOCAL_POINT),
            Map.entry("POST /meetings/{id}/delegations/{delegation}/credentials", Access.FOCAL_POINT),
            Map.entry("POST /registrations/{id}/confirm", Access.FOCAL_POINT),
            Map.entry("GET /meetings/{id}/register", Access.SIGNED_IN),
            Map.entry("POST /meetings/{id}/register", Access.SIGNED_IN),
            Map.entry("GET /profile", Access.SIGNED_IN),
            Map.entry("POST /profile", Access.SIGNED_IN),
            Map.entry("GET /registrations/{id}", Access.SIGNED_IN),
            Map.entry("GET /registrations/{id}/visa-letter.pdf", Access.SIGNED_IN),
            Map.entry("GET /my/registrations", Access.SIGNED_IN),
            Map.entry("GET /api/registrations", Access.SIGNED_IN),
            Map.entry("GET /api/registrations/{id}", Access.SIGNED_IN),
            Map.entry("POST /registrations/{id}/withdraw", Access.SIGNED_IN),
            Map.entry("POST /api/meetings/{id}/registrations", Access.SIGNED_IN),
            Map.entry("GET /states", Access.PUBLIC),
            Map.entry("GET /states.csv", Access.PUBLIC),
            Map.entry("GET /states/{iso3}", Access.PUBLIC),
            Map.entry("GET /api/states", Access.PUBLIC),
            Map.entry("GET /api/states/{iso3}", Access.PUBLIC),
            Map.entry("GET /api/treaty/summary", Access.PUBLIC),
            Map.entry("GET /api/treaty/timeline", Access.PUBLIC),
            Map.entry("GET /login", Access.PUBLIC),
            Map.entry("GET /password-reset/{token}", Access.PUBLIC),
            Map.entry("POST /password-reset/{token}", Access.PUBLIC),
            Map.entry("GET /error", Access.PUBLIC),
            Map.entry("GET /actuator/health", Access.PUBLIC),
            Map.entry("GET /actuator/health/**", Access.PUBLIC),
            Map.entry("GET /actuator", Access.SECRETARIAT),
            Map.entry("GET /account", Access.SIGNED_IN),
            Map.entry("GET /account/password", Access.SIGNED_IN),
            Map.entry("POST /account/password", Access.SIGNED_IN),
            Map.entry("POST /account/tokens", Access.SIGNED_IN),
            Map.entry("POST /account/tokens/{id}/revoke", Access.SIGNED_IN),
            Map.entry("GET /api/me", Access.SIGNED_IN),
            Map.entry("GET /focal-point/states/{iso3}", Access.FOCAL_POINT),
            Map.entry("GET /api/focal-point/states/{iso3}/focal-points", Access.FOCAL_POINT),
            Map.entry("POST /states/{iso3}/events", Access.SECRETARIAT),
            Map.entry("GET /states/{iso3}/events/{kind}/correction", Access.SECRETARIAT),
            Map.entry("POST /states/{iso3}/events/{kind}/correction", Access.SECRETARIAT),
            Map.entry("POST /api/states/{iso3}/events", Access.SECRETARIAT),
            Map.entry("POST /api/states/{iso3}/events/{kind}/correction", Access.SECRETARIAT),
            Map.entry("GET /admin/users", Access.SECRETARIAT),
            Map.entry("GET /admin/users/new", Access.SECRETARIAT),
            Map.entry("POST /admin/users/new", Access.SECRETARIAT),
            Map.entry("GET /admin/users/{id}", Access.SECRETARIAT),
            Map.entry("POST /admin/users/{id}/disable", Access.SECRETARIAT),
            Map.entry("POST /admin/users/{id}/enable", Access.SECRETARIAT),
            Map.entry("POST /admin/users/{id}/password-link", Access.SECRETARIAT),
            Map.entry("POST /admin/users/{id}/grants", Access.SECRETARIAT),
            Map.entry("GET /admin/organisations", Access.SECRETARIAT),
            Map.entry("GET /admin/organisations/new", Access.SECRETARIAT),
            Map.entry("POST /admin/organisations/new", Access.SECRETARIAT),
            Map.entry("GET /admin/organisations/{id}", Access.SECRETARIAT),
            Map.entry("POST /admin/organisations/{id}", Access.SECRETARIAT),
            Map.entry("GET /admin/audit", Access.SECRETARIAT),
            Map.entry("GET /api/docs", Access.PUBLIC),
            Map.entry("GET /api/docs.yaml", Access.PUBLIC),
            Map.entry("GET /api/docs/swagger-config", Access.PUBLIC),
            Map.entry("GET /swagger-ui.html", Access.PUBLIC),
            Map.entry("GET /obligations", Access.PUBLIC),
            Map.entry("GET /obligations.csv", Access.PUBLIC),
            Map.entry("GET /obligations.xlsx", Access.PUBLIC),
            Map.entry("GET /obligations/overdue", Access.PUBLIC),
            Map.entry("GET /states/{iso3}/obligations", Access.PUBLIC),
            Map.entry("GET /documents/{id}", Access.PUBLIC),
            Map.entry("GET /api/obligations", Access.PUBLIC),
            Map.entry("GET /api/obligations/overdue", Access.PUBLIC),
            Map.entry("GET /api/obligations/rules", Access.PUBLIC),
            Map.entry("GET /api/states/{iso3}/obligations", Access.PUBLIC),
            Map.entry("GET /states/{iso3}/obligations/{instance}/record", Access.FOCAL_POINT),
            Map.entry("POST /states/{iso3}/obligations/{instance}/record", Access.FOCAL_POINT),
            Map.entry("GET /states/{iso3}/reports/voluntary", Access.FOCAL_POINT),
            Map.entry("POST /states/{iso3}/reports/voluntary", Access.FOCAL_POINT),
            Map.entry("GET /states/{iso3}/extensions/new", Access.FOCAL_POINT),
            Map.entry("POST /states/{iso3}/extensions/new", Access.FOCAL_POINT),
            Map.entry("POST /states/{iso3}/flags", Access.FOCAL_POINT),
            Map.entry("POST /api/states/{iso3}/obligations/{instance}/fulfilment", Access.FOCAL_POINT),
            Map.entry("POST /api/states/{iso3}/extensions", Access.FOCAL_POINT),
            Map.entry("POST /fulfilments/{id}/verify", Access.SECRETARIAT),
            Map.entry("POST /api/fulfilments/{id}/verify", Access.SECRETARIAT),
            Map.entry("POST /extensions/{id}/verify", Access.SECRETARIAT),
            Map.entry("POST /api/extensions/{id}/verify", Access.SECRETARIAT),
            Map.entry("GET /admin/obligation-rules", Access.SECRETARIAT),
            Map.entry("GET /admin/obligation-rules/new", Access.SECRETARIAT),
            Map.entry("POST /admin/obligation-rules/new", Access.SECRETARIAT),
            Map.entry("GET /admin/obligations/import", Access.SECRETARIAT),
            Map.entry("POST /admin/obligations/import", Access.SECRETARIAT),
            Map.entry("GET /meetings", Access.PUBLIC),
            Map.entry("GET /meetings/{id}", Access.PUBLIC),
            Map.entry("GET /meetings/{id}/calendar.ics", Access.PUBLIC),
            Map.entry("GET /meetings.ics", Access.PUBLIC),
            Map.entry("GET /api/meetings", Access.PUBLIC),
            Map.entry("GET /api/meetings/{id}", Access.PUBLIC),
            Map.entry("GET /admin/meetings/new", Access.SECRETARIAT),
            Map.entry("POST /admin/meetings/new", Access.SECRETARIAT),
            Map.entry("GET /admin/meetings/{id}/edit", Access.SECRETARIAT),
            Map.entry("POST /admin/meetings/{id}/edit", Access.SECRETARIAT),
            Map.entry("POST /admin/meetings/{id}/copy", Access.SECRETARIAT),
            Map.entry("POST /admin/meetings/{id}/cancel", Access.SECRETARIAT),
            Map.entry("POST /admin/meetings/{id}/agenda", Access.SECRETARIAT),
            Map.entry("POST /admin/meetings/{id}/agenda/{itemId}/remove", Access.SECRETARIAT),
            Map.entry("GET /meetings/{id}/invitations", Access.SECRETARIAT),
            Map.entry("POST /meetings/{id}/invitations/prepare", Access.SECRETARIAT),
            Map.entry("POST /meetings/{id}/invitations/letters", Access.SECRETARIAT),
            Map.entry("GET /invitations/{id}", Access.SECRETARIAT),
            Map.entry("POST /invitations/{id}/sent", Access.SECRETARIAT),
            Map.entry("POST /invitations/{id}/reminder", Access.SECRETARIAT),
            Map.entry("POST /invitations/{id}/channel", Access.SECRETARIAT),
            Map.entry("GET /invitation-jobs/{jobId}", Access.SECRETARIAT),
            Map.entry("GET /invitation-jobs/{jobId}/letters.pdf", Access.SECRETARIAT),
            Map.entry("GET /invitation-jobs/{jobId}/letters.zip", Access.SECRETARIAT),
            Map.entry("GET /api/meetings/{id}/funnel", Access.SECRETARIAT),
            Map.entry("GET /invitations/{id}/letter.pdf", Access.FOCAL_POINT),
            Map.entry("GET /my/invitations", Access.FOCAL_POINT),
            Map.entry("POST /invitations/{id}/acknowledge", Access.FOCAL_POINT),
            Map.entry("POST /invitations/{id}/decline", Access.FOCAL_POINT));

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcClient jdbc;

    CcmUser delegate;
    CcmUser reviewer;
    CcmUser focalPoint;
    CcmUser secretariat;
    long organisationId;
    long meetingId;

    @BeforeEach
    void users() {
        delegate = accounts.create(Role.DELEGATE);
        reviewer = accounts.create(Role.REVIEWER);
        focalPoint = accounts.create(Role.FOCAL_POINT, "FRA");
        secretariat = accounts.create(Role.SECRETARIAT);
        jdbc.sql("insert into organisation (name, kind, active, created_at) values ('Test organisation', 'OTHER', true, current_timestamp)")
                .update();
        organisationId = jdbc.sql("select id from organisation where name = 'Test organisation'").query(Long.class).single();
        meetingId = jdbc.sql("select id from meeting where short_name = 'Intersessional 2014'").query(Long.class).single();
    }

    /** Every route of every handler mapping, as "METHOD pattern" (no method means any: checked as GET). */
    private Set<String> routes() {
        Set<String> routes = new TreeSet<>();
        for (RequestMappingInfoHandlerMapping mapping : context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
            for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                for (String pattern : info.getPatternValues()) {
                    if (methods.isEmpty()) {
                        routes.add("GET " + pattern);
                    }
                    methods.forEach(method -> routes.add(method.name() + " " + pattern));
                }
            }
        }
        return routes;
    }

    @Test
    void everyRouteHasARuleAndEveryRuleARoute() {
        Set<String> routes = routes();
        assertThat(routes).as("routes without a rule in AuthorizationRulesTest.RULES").isSubsetOf(RULES.keySet());
        assertThat(RULES.keySet()).as("rules for routes that no longer exist").isSubsetOf(routes);
    }

    @Test
    void everyActorGetsExactlyWhatTheRuleAllows() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (String route : routes()) {
            Access rule = RULES.get(route);
            if (rule == null) {
                continue;
            }
            check(route, "public", null, rule == Access.PUBLIC, wrong);
            check(route, "delegate", TestAccounts.as(delegate), rule == Access.PUBLIC || rule == Access.SIGNED_IN, wrong);
            check(route, "reviewer", TestAccounts.as(reviewer), rule == Access.PUBLIC || rule == Access.SIGNED_IN, wrong);
            check(route, "focal point", TestAccounts.as(focalPoint), rule != Access.SECRETARIAT, wrong);
            check(route, "secretariat", TestAccounts.as(secretariat), true, wrong);
        }
        assertThat(wrong).as("routes answered against their rule").isEmpty();
    }

    @Test
    void aFocalPointCannotReadAnotherStatesPrivateData() throws Exception {
        CcmUser germany = accounts.create(Role.FOCAL_POINT, "DEU");
        mvc.perform(get("/focal-point/states/FRA").with(TestAccounts.as(focalPoint))).andExpect(status().isOk());
        mvc.perform(get("/focal-point/states/DEU").with(TestAccounts.as(focalPoint))).andExpect(status().isForbidden());
        mvc.perform(get("/focal-point/states/deu").with(TestAccounts.as(focalPoint))).andExpect(status().isForbidden());
        mvc.perform(get("/api/focal-point/states/DEU/focal-points").with(TestAccounts.as(focalPoint)))
                .andExpect(status().isForbidden());
        String body = mvc.perform(get("/api/focal-point/states/FRA/focal-points").with(TestAccounts.as(focalPoint)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(body).contains(focalPoint.email()).doesNotContain(germany.email());
        // a focal point cannot record facts for its own state either: that is the secretariat's
        mvc.perform(request(HttpMethod.POST, "/api/states/FRA/events").with(csrf()).with(TestAccounts.as(focalPoint))
                .contentType("application/json").content("{}")).andExpect(status().isForbidden());
        // nor see another user's account, tokens or audit entries
        mvc.perform(get("/admin/users/" + germany.id()).with(TestAccounts.as(focalPoint))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/audit").param("entityId", String.valueOf(germany.id())).with(TestAccounts.as(focalPoint)))
                .andExpect(status().isForbidden());
    }

    private void check(String route, String actor, RequestPostProcessor user, boolean allowed, List<String> wrong)
            throws Exception {
        String method = route.substring(0, route.indexOf(' '));
        String url = concrete(route.substring(route.indexOf(' ') + 1));
        MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(method), url);
        if (!"GET".equals(method)) {
            request = request.with(csrf());
        }
        if (user != null) {
            request = request.with(user);
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        int status = response.getStatus();
        String location = response.getRedirectedUrl();
        boolean denied = status == 401 || status == 403 || (location != null && location.endsWith("/login"));
        if (denied == allowed) {
            wrong.add(route + " as " + actor + ": " + status + (location == null ? "" : " -> " + location)
                    + " (expected " + (allowed ? "allowed" : "denied") + ")");
        }
    }

    private String concrete(String pattern) {
        Matcher variable = Pattern.compile("\\{([^}]+)}").matcher(pattern);
        StringBuilder url = new StringBuilder();
        while (variable.find()) {
            String value = switch (variable.group(1)) {
                case "iso3" -> "FRA";
                case "kind" -> "SIGNATURE";
                case "token" -> "no-such-token";
                case "instance" -> "ART7_INITIAL_REPORT";
                case "id" -> pattern.startsWith("/admin/organisations") ? String.valueOf(organisationId)
                        : pattern.startsWith("/admin/users") || pattern.startsWith("/account") ? String.valueOf(delegate.id())
                        : pattern.contains("meetings/") ? String.valueOf(meetingId)
                        : "999999";
                default -> "x";
            };
            variable.appendReplacement(url, value);
        }
        variable.appendTail(url);
        return url.toString().replace("/**", "/liveness");
    }
}

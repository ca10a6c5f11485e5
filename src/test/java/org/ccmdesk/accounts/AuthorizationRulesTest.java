package org.ccmdesk.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.assertj.core.api.SoftAssertions;
import org.ccmdesk.support.DatabaseTest;
import org.ccmdesk.system.Audience;
import org.ccmdesk.system.RouteRule;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * Deny by default, checked: every route of the running application (read from its handler
 * mappings, so a new route without a rule fails) must match exactly one of the modules'
 * route rules, every rule must match a route, and each route is called as the public, a
 * delegate, a reviewer, a focal point and the secretariat and must be allowed or denied
 * as its rule says.
 */
@DatabaseTest
@Transactional
class AuthorizationRulesTest {

    /**
     * Files served from webjars that the pages and the menu link to (the rest of the
     * static files are scanned).
     */
    static final List<String> WEBJAR_FILES = List.of("/webjars/bootstrap/dist/css/bootstrap.min.css",
            "/swagger-ui/index.html");

    /**
     * Pages and exports are read as of the day the Convention opened for signature, when
     * no state was party to it yet, so that the exports (obligations.xlsx took most of
     * the time) stay small: the rules look at the path only, never at the parameters.
     */
    static final String EARLY_AS_OF = "2008-12-03";

    /** A route as "METHOD pattern" and the URL that calls it. */
    record Route(String method, String pattern, String url) {

        @Override
        public String toString() {
            return method + " " + pattern;
        }

        MockHttpServletRequest request() {
            return new MockHttpServletRequest(method, url);
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RouteAuthorization rules;

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
        jdbc.sql(
                "insert into organisation (name, kind, active, created_at) values ('Test organisation', 'OTHER', true, current_timestamp)")
            .update();
        organisationId = jdbc.sql("select id from organisation where name = 'Test organisation'")
            .query(Long.class)
            .single();
        meetingId = jdbc.sql("select id from meeting where short_name = 'Intersessional 2014'")
            .query(Long.class)
            .single();
    }

    /**
     * Every route of every handler mapping (no method means any: checked as GET), then
     * every static file.
     */
    private List<Route> routes() throws IOException {
        TreeSet<String> mapped = new TreeSet<>();
        for (RequestMappingInfoHandlerMapping mapping : context.getBeansOfType(RequestMappingInfoHandlerMapping.class)
            .values()) {
            for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
                for (String pattern : info.getPatternValues()) {
                    var methods = info.getMethodsCondition().getMethods();
                    if (methods.isEmpty()) {
                        mapped.add("GET " + pattern);
                    }
                    methods.forEach(method -> mapped.add(method.name() + " " + pattern));
                }
            }
        }
        List<Route> routes = new ArrayList<>();
        for (String route : mapped) {
            String method = route.substring(0, route.indexOf(' '));
            String pattern = route.substring(route.indexOf(' ') + 1);
            routes.add(new Route(method, pattern, concrete(pattern)));
        }
        staticFiles().forEach(file -> routes.add(new Route(RequestMethod.GET.name(), file, file)));
        return routes;
    }

    private static List<String> staticFiles() throws IOException {
        List<String> files = new ArrayList<>();
        String root = new PathMatchingResourcePatternResolver().getResource("classpath:static/").getURL().toString();
        for (Resource file : new PathMatchingResourcePatternResolver().getResources("classpath:static/**/*.*")) {
            files.add("/" + file.getURL().toString().substring(root.length()));
        }
        files.addAll(WEBJAR_FILES);
        return files;
    }

    @Test
    void everyRouteHasExactlyOneRuleAndEveryRuleARoute() throws IOException {
        List<Route> routes = routes();
        List<String> withoutRule = new ArrayList<>();
        List<String> withSeveral = new ArrayList<>();
        for (Route route : routes) {
            List<RouteRule> matching = rules.matching(route.request());
            if (matching.isEmpty()) {
                withoutRule.add(route.toString());
            }
            else if (matching.size() > 1) {
                withSeveral.add(route + " " + matching);
            }
        }
        List<String> withoutRoute = new ArrayList<>();
        for (RouteRule rule : rules.rules()) {
            for (String pattern : rule.patterns()) {
                RequestMatcher matcher = RouteAuthorization
                    .matcher(new RouteRule(rule.method(), List.of(pattern), rule.audience()));
                if (routes.stream().noneMatch(route -> matcher.matches(route.request()))) {
                    withoutRoute.add((rule.method() == null ? "any" : rule.method().name()) + " " + pattern);
                }
            }
        }
        SoftAssertions.assertSoftly(softly -> {
            softly.assertThat(withoutRule).as("routes that no module's RouteRules cover").isEmpty();
            softly.assertThat(withSeveral)
                .as("routes that rules of several modules (or overlapping rules) cover")
                .isEmpty();
            softly.assertThat(withoutRoute).as("rule patterns that match no route").isEmpty();
        });
    }

    @Test
    void everyActorGetsExactlyWhatTheRuleAllows() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Route route : routes()) {
            Audience audience = rules.audienceOf(route.request()).orElse(null);
            if (audience == null) {
                continue;
            }
            check(route, "public", null, audience == Audience.PUBLIC, wrong);
            check(route, "delegate", TestAccounts.as(delegate),
                    audience == Audience.PUBLIC || audience == Audience.SIGNED_IN, wrong);
            check(route, "reviewer", TestAccounts.as(reviewer),
                    audience == Audience.PUBLIC || audience == Audience.SIGNED_IN || audience == Audience.REVIEWER,
                    wrong);
            check(route, "focal point", TestAccounts.as(focalPoint),
                    audience != Audience.SECRETARIAT && audience != Audience.REVIEWER, wrong);
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
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
        assertThat(body).contains(focalPoint.email()).doesNotContain(germany.email());
        // a focal point cannot record facts for its own state either: that is the
        // secretariat's
        mvc.perform(request(HttpMethod.POST, "/api/states/FRA/events").with(csrf())
            .with(TestAccounts.as(focalPoint))
            .contentType("application/json")
            .content("{}")).andExpect(status().isForbidden());
        // nor see another user's account, tokens or audit entries
        mvc.perform(get("/admin/users/" + germany.id()).with(TestAccounts.as(focalPoint)))
            .andExpect(status().isForbidden());
        mvc.perform(
                get("/admin/audit").param("entityId", String.valueOf(germany.id())).with(TestAccounts.as(focalPoint)))
            .andExpect(status().isForbidden());
    }

    private void check(Route route, String actor, RequestPostProcessor user, boolean allowed, List<String> wrong)
            throws Exception {
        MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(route.method()), route.url());
        if ("GET".equals(route.method())) {
            request = request.param("asOf", EARLY_AS_OF);
        }
        else {
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
                        : pattern.startsWith("/admin/users") || pattern.startsWith("/account")
                                ? String.valueOf(delegate.id())
                                : pattern.contains("meetings/") ? String.valueOf(meetingId) : "999999";
                default -> "x";
            };
            variable.appendReplacement(url, value);
        }
        variable.appendTail(url);
        return url.toString().replace("/**", "/liveness");
    }

}

package org.ccmdesk.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.assertj.core.api.SoftAssertions;
import org.ccmdesk.accounts.CcmUser;
import org.ccmdesk.accounts.Role;
import org.ccmdesk.accounts.TestAccounts;
import org.ccmdesk.reliability.FuzzTargets.Field;
import org.ccmdesk.reliability.FuzzTargets.Source;
import org.ccmdesk.reliability.FuzzTargets.Target;
import org.ccmdesk.reliability.HostileValues.Hostile;
import org.ccmdesk.support.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcPrint;
import org.springframework.boot.webmvc.test.autoconfigure.SpringBootMockMvcBuilderCustomizer;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.DefaultMockMvcBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;

/**
 * Every form and JSON endpoint of the application (found by {@link FuzzTargets}), every
 * field, every {@link HostileValues hostile value}, sent as the secretariat with a CSRF
 * token so that the security rules let the request reach the handler: never a 5xx, never
 * a stack trace or an exception's class name in the answer. A write that was accepted is
 * followed to the page it redirects to, where the stored value is shown.
 * <p>
 * Each request runs in a savepoint of the test's transaction, rolled back after it: every
 * request starts from the same data (so a failure reproduces alone), nothing is left for
 * the other database tests, and on PostgreSQL a failed statement does not abort the rest
 * of the run. {@code -Dfuzz.seed=N} changes the letters around the control characters;
 * {@code -Dfuzz.route=/profile} fuzzes only the routes whose name contains it.
 */
@DatabaseTest
@Transactional
class FuzzTest {

    static final long SEED = Long.getLong("fuzz.seed", 14L);

    /** A stack frame, an exception's class name, or the container's own error page. */
    static final Pattern LEAK = Pattern.compile("\\tat [\\w$.]+\\(|\\bat [\\w$]+(\\.[\\w$]+)+\\([\\w$]+\\.java:\\d+\\)"
            + "|\\b(java|javax|jakarta|org|tools|com)\\.[\\w.$]*(Exception|Error)\\b|Whitelabel Error Page");

    /**
     * Only the routes whose "METHOD pattern" contains this, to reproduce one failure
     * quickly.
     */
    static final String ROUTE = System.getProperty("fuzz.route", "");

    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    PlatformTransactionManager transactions;

    private CcmUser secretariat;

    private int requests;

    @Test
    void noInputAnswers5xxOrAStackTrace() throws Exception {
        mvc = quietMockMvc();
        onPostgres = KnownFailures.POSTGRESQL.equals(database());
        secretariat = accounts.create(Role.SECRETARIAT);
        FuzzRequests builder = new FuzzRequests(FuzzData.ids(jdbc, accounts));
        TransactionTemplate savepoint = new TransactionTemplate(transactions);
        savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        List<Target> targets = FuzzTargets.of(context)
            .stream()
            .filter(target -> target.toString().contains(ROUTE))
            .toList();
        Map<String, String> failures = new TreeMap<>();
        for (Target target : targets) {
            long started = System.nanoTime();
            int before = requests;
            for (Field field : target.fields()) {
                for (Hostile hostile : hostileValues(target, field)) {
                    String key = KnownFailures.key(target, field.name(), hostile.name());
                    savepoint.executeWithoutResult(tx -> {
                        send(builder.build(target, field, hostile), key, failures);
                        tx.setRollbackOnly();
                    });
                }
            }
            if (target.fields().stream().anyMatch(f -> f.limits().max() > 0)) {
                for (FuzzRequests.Whole whole : List.of(FuzzRequests.Whole.ALL_AT_MAX,
                        FuzzRequests.Whole.REQUIRED_AT_MAX)) {
                    builder.whole(whole);
                    Hostile ordinary = new Hostile(whole.name().toLowerCase().replace('_', '-'), "", null);
                    savepoint.executeWithoutResult(tx -> {
                        send(builder.build(target, null, ordinary),
                                KnownFailures.key(target, "(form)", ordinary.name()), failures);
                        tx.setRollbackOnly();
                    });
                }
                builder.whole(FuzzRequests.Whole.NONE);
            }
            if (target.json()) {
                for (Hostile body : List.of(new Hostile("malformed", "{\"a\": ", null),
                        new Hostile("empty-body", "", null), new Hostile("array-body", "[]", null))) {
                    savepoint.executeWithoutResult(tx -> {
                        send(builder.build(target, null, body), KnownFailures.key(target, "(body)", body.name()),
                                failures);
                        tx.setRollbackOnly();
                    });
                }
            }
            long millis = (System.nanoTime() - started) / 1_000_000;
            if (millis > 5000) {
                System.out.printf("FUZZ slow route %s: %d requests in %d ms%n", target, requests - before, millis);
            }
        }
        System.out.printf("FUZZ: %d requests, %d routes (seed %d, %s)%n", requests, targets.size(), SEED, database());
        failures.forEach((key, detail) -> System.out.println("FUZZ failure: " + key + " -> " + detail));
        List<KnownFailures.Known> known = KnownFailures.on(database());
        SoftAssertions.assertSoftly(softly -> {
            if (ROUTE.isEmpty()) {
                softly.assertThat(targets).as("fuzzed routes").hasSizeGreaterThan(50);
                softly.assertThat(KnownFailures.fixed(failures.keySet(), known))
                    .as("KnownFailures that no longer fail: remove them from the list")
                    .isEmpty();
            }
            softly.assertThat(KnownFailures.unexpected(failures.keySet(), known))
                .as("routes and inputs that answered 5xx or showed a stack trace (seed " + SEED + ")")
                .isEmpty();
        });
    }

    /**
     * The application's MockMvc with its filters and customizers, but without the
     * printing that {@code @AutoConfigureMockMvc} buffers for a failed test: thousands of
     * requests, some of a megabyte, would be printed.
     */
    private MockMvc quietMockMvc() {
        WebApplicationContext web = (WebApplicationContext) context;
        DefaultMockMvcBuilder builder = MockMvcBuilders.webAppContextSetup(web);
        for (MockMvcBuilderCustomizer customizer : context.getBeanProvider(MockMvcBuilderCustomizer.class)
            .orderedStream()
            .toList()) {
            if (customizer instanceof SpringBootMockMvcBuilderCustomizer) {
                SpringBootMockMvcBuilderCustomizer quiet = new SpringBootMockMvcBuilderCustomizer(web);
                quiet.setAddFilters(true);
                quiet.setPrint(MockMvcPrint.NONE);
                quiet.customize(builder);
            }
            else {
                customizer.customize(builder);
            }
        }
        return builder.build();
    }

    /**
     * On PostgreSQL the values that only the web layer sees (control characters, markup,
     * right-to-left text, a body over the size limit: all handled before any query, and
     * the same on H2) are left out; what reaches the database (sizes, quotes, emoji,
     * dates, numbers, empty and missing) is sent to every field of every route on both.
     */
    private boolean onPostgres;

    private List<Hostile> hostileValues(Target target, Field field) {
        List<Hostile> values = new ArrayList<>();
        // A body over 1 MB is refused by the request size limit before any field is read:
        // one
        // such request per route says it, whichever field carries it.
        boolean inBody = !"GET".equals(target.method()) && field.source() != Source.PATH && field
            .equals(target.fields().stream().filter(f -> f.source() != Source.PATH).findFirst().orElse(null));
        for (Hostile hostile : HostileValues.forField(field.type(), inBody, SEED)) {
            if (onPostgres && HostileValues.WEB_ONLY.contains(hostile.name())) {
                continue;
            }
            // a path has no "missing" value, and no server takes a path of 200 KB
            boolean path = field.source() == Source.PATH;
            if (!(path && (hostile.missing() || hostile.text().length() > 1000))) {
                values.add(hostile);
            }
        }
        if (field.source() == Source.JSON) {
            values.addAll(HostileValues.jsonShapes());
        }
        return values;
    }

    private void send(AbstractMockHttpServletRequestBuilder<?> request, String key, Map<String, String> failures) {
        request.with(TestAccounts.as(secretariat)).with(csrf());
        MockHttpServletResponse response = perform(request, key, failures);
        if (response == null || response.getStatus() / 100 != 3) {
            return;
        }
        String location = response.getRedirectedUrl();
        if (location != null && location.startsWith("/") && !location.startsWith("//")) {
            perform(get(location).with(TestAccounts.as(secretariat)), key + " then GET " + location, failures);
        }
    }

    private MockHttpServletResponse perform(AbstractMockHttpServletRequestBuilder<?> request, String key,
            Map<String, String> failures) {
        requests++;
        try {
            MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
            String type = String.valueOf(response.getContentType());
            String body = type.contains("pdf") || type.contains("sheet") || type.contains("zip") ? ""
                    : new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);
            if (response.getStatus() >= 500) {
                failures.put(key, response.getStatus() + " " + response.getErrorMessage());
            }
            else if (LEAK.matcher(body).find()) {
                failures.put(key, response.getStatus() + " shows a stack trace or exception: "
                        + LEAK.matcher(body).results().findFirst().orElseThrow().group());
            }
            return response;
        }
        catch (Exception ex) {
            Throwable cause = ex;
            while (cause.getCause() != null) {
                cause = cause.getCause();
            }
            failures.put(key, "500 " + cause.getClass().getName() + ": " + abbreviate(cause.getMessage()));
            return null;
        }
    }

    private static String abbreviate(String message) {
        return message == null ? "" : message.length() > 200 ? message.substring(0, 200) + "..." : message;
    }

    private String database() throws SQLException {
        try (var connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")
                    ? KnownFailures.POSTGRESQL : KnownFailures.H2;
        }
    }

}

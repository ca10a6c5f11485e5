package org.ccmdesk.sponsorship;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.ccmdesk.CcmDeskApplication;
import org.ccmdesk.accounts.CcmUser;
import org.ccmdesk.accounts.Role;
import org.ccmdesk.accounts.TestAccounts;
import org.ccmdesk.system.GeneratedId;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The whole application on an in-memory H2 (the test profile): a meeting with 200
 * applications (three reviews each), then (1) the ranked list page and (2) the ledger
 * page rendered for the secretariat, warm, through the real controllers, security and
 * templates (MockMvc, no network); and (3) offers at 16 concurrent clients, each client
 * offering to its own application and declining the offer's item, so that every
 * operation commits and releases money under the programme year's lock.
 * Target for (1) and (2): under 100 ms.
 */
@State(Scope.Benchmark)
public class SponsorshipBenchmark {

    static final int APPLICATIONS = 200;

    ConfigurableApplicationContext context;

    MockMvc mvc;

    CcmUser secretariat;

    long meeting;

    int year;

    Offers offers;

    List<Long> applications = new ArrayList<>();

    final AtomicInteger nextClient = new AtomicInteger();

    @Setup(Level.Trial)
    public void start() {
        context = new SpringApplicationBuilder(CcmDeskApplication.class)
            .properties("spring.profiles.active=test", "server.port=0",
                    "spring.datasource.url=jdbc:h2:mem:sponsorship-bench;MODE=PostgreSQL;DB_CLOSE_DELAY=-1",
                    "logging.level.root=warn")
            .run();
        mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) context)
            .apply(SecurityMockMvcConfigurers.springSecurity())
            .build();
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        TestAccounts accounts = context.getBean(TestAccounts.class);
        Programmes programmes = context.getBean(Programmes.class);
        Calls calls = context.getBean(Calls.class);
        Applications apply = context.getBean(Applications.class);
        Reviews reviews = context.getBean(Reviews.class);
        offers = context.getBean(Offers.class);
        secretariat = accounts.create(Role.SECRETARIAT);
        List<CcmUser> reviewers = List.of(accounts.create(Role.REVIEWER), accounts.create(Role.REVIEWER),
                accounts.create(Role.REVIEWER));
        signIn(secretariat);
        meeting = GeneratedId.insert(jdbc.sql("""
                insert into meeting (name, short_name, kind, registration_by_ccm_desk, first_day, last_day, city, country,
                                     time_zone, source, cancelled, shipped, created_at)
                values ('Benchmark meeting', 'Benchmark', 'RELATED_MEETING', true, '2026-04-07', '2026-04-09', 'Geneva',
                        'Switzerland', 'Europe/Zurich', 'benchmark', false, false, :now)""")
            .param("now", OffsetDateTime.parse("2025-06-01T00:00:00Z")));
        year = 2026;
        programmes.open(year, false, true, 3);
        calls.set(meeting, LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 30), new BigDecimal("300"),
                new BigDecimal("200"), new BigDecimal("1000"), 20, "Conditions", List.of());
        long question = programmes.addQuestion(year, "Relevance", BigDecimal.ONE);
        programmes.recordFund(year, "Benchmark donor", new BigDecimal("1000000"), FundCurrency.CHF, BigDecimal.ONE,
                FundStatus.RECEIVED, LocalDate.of(2025, 6, 1), null);
        List<String> states = List.of("MOZ", "LAO", "IRQ", "LBN", "AFG", "KHM", "GNB", "SLE", "MWI", "NER");
        for (int i = 0; i < APPLICATIONS; i++) {
            String iso3 = states.get(i % states.size());
            long participant = GeneratedId.insert(jdbc.sql("""
                    insert into participant (email, given_names, family_name, badge_name, job_function, state_iso3,
                           needs_wheelchair, needs_sign_language, needs_large_print, needs_assistant, created_by,
                           created_at, updated_at)
                    values (:email, 'Bench', :family, :family, 'Delegate', :iso3, false, false, false, false, 'bench',
                           :now, :now)""")
                .param("email", "bench-" + i + "@bench.ccmdesk")
                .param("family", "Person " + i)
                .param("iso3", iso3)
                .param("now", OffsetDateTime.parse("2025-06-01T00:00:00Z")));
            long registration = GeneratedId.insert(jdbc.sql("""
                    insert into registration (participant_id, meeting_id, state_iso3, delegation_role, public_consent,
                           visa_letter_requested, status, confirmed, late, submitted_by, submitted_at)
                    values (:p, :m, :iso3, 'HEAD_OF_DELEGATION', false, false, 'APPROVED', true, false, 'bench', :now)""")
                .param("p", participant)
                .param("m", meeting)
                .param("iso3", iso3)
                .param("now", OffsetDateTime.parse("2025-06-01T00:00:00Z")));
            applications.add(apply.apply(new Applications.Request(meeting, registration, "City", new BigDecimal("1000"),
                    3, new BigDecimal("900"), 4, new BigDecimal("800"), "Motivation", true)).id());
        }
        for (CcmUser reviewer : reviewers) {
            signIn(reviewer);
            for (long id : applications) {
                reviews.review(id, Map.of(question, (int) (id % 6)), null);
            }
        }
        signIn(secretariat);
        for (long id : applications.subList(0, 40)) {
            offers.offer(id, Map.of(CostKind.DSA, new BigDecimal("900")), LocalDate.of(2025, 7, 15));
        }
        SecurityContextHolder.clearContext();
    }

    @TearDown(Level.Trial)
    public void stop() {
        context.close();
    }

    static void signIn(CcmUser user) {
        SecurityContextHolder.getContext()
            .setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public int rankedList() throws Exception {
        return mvc.perform(get("/sponsorship/meetings/" + meeting).with(TestAccounts.as(secretariat)))
            .andReturn()
            .getResponse()
            .getContentLength();
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public int ledger() throws Exception {
        return mvc.perform(get("/sponsorship/programmes/" + year).with(TestAccounts.as(secretariat)))
            .andReturn()
            .getResponse()
            .getContentLength();
    }

    /** One client: an application of its own among those not yet offered. */
    @State(Scope.Thread)
    public static class Client {

        long application;

        @Setup(Level.Trial)
        public void pick(SponsorshipBenchmark bench) {
            application = bench.applications.get(100 + bench.nextClient.getAndIncrement());
            signIn(bench.secretariat);
        }

    }

    @Benchmark
    @Threads(16)
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public long offerAndDecline(Client client) {
        Map<CostKind, BigDecimal> items = new EnumMap<>(CostKind.class);
        items.put(CostKind.DSA, new BigDecimal("900"));
        long offer = offers.offer(client.application, items, LocalDate.of(2025, 7, 15));
        offers.decline(offer, CostKind.DSA, "benchmark");
        return offer;
    }

}

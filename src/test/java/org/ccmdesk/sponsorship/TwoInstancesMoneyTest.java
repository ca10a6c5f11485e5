package org.ccmdesk.sponsorship;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.ccmdesk.CcmDeskApplication;
import org.ccmdesk.accounts.CcmUser;
import org.ccmdesk.accounts.Role;
import org.ccmdesk.accounts.TestAccounts;
import org.ccmdesk.support.Race;
import org.ccmdesk.support.TestDatabaseCondition;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Two instances of CCM Desk on one database (each with its own connection pool, as behind
 * a load balancer): offers made at the same moment on both never commit more than the
 * funds, because the lock that orders them is the database's, not a JVM's.
 */
@Tag("database")
@ExtendWith(TestDatabaseCondition.class)
class TwoInstancesMoneyTest {

    private static final String SCHEDULER = "ccm-desk-sponsorship-two-" + java.util.UUID.randomUUID();

    @Test
    @Timeout(value = 4, unit = TimeUnit.MINUTES)
    void offersOnTwoInstancesAtOnceNeverCommitMoreThanTheFunds() throws Exception {
        String url = TestDatabaseCondition.separateDatabase("ccmdesk_sp_two");
        try (ConfigurableApplicationContext first = start(url, "first");
                ConfigurableApplicationContext second = start(url, "second")) {
            JdbcClient jdbc = first.getBean(JdbcClient.class);
            CcmUser secretariat = first.getBean(TestAccounts.class).create(Role.SECRETARIAT);
            SponsorshipFixtures.signIn(secretariat);
            long meeting = SponsorshipFixtures.meeting(jdbc);
            int year = SponsorshipFixtures.programmeAndCall(first.getBean(Programmes.class), first.getBean(Calls.class),
                    jdbc, meeting, 20);
            first.getBean(Programmes.class)
                .recordFund(year, "Donor", new BigDecimal("10000.00"), FundCurrency.CHF, BigDecimal.ONE,
                        FundStatus.RECEIVED, LocalDate.of(2025, 6, 1), null);
            List<Long> applications = new ArrayList<>();
            List<String> states = List.of("MOZ", "LAO", "IRQ");
            for (int i = 0; i < 50; i++) {
                long registration = SponsorshipFixtures.registration(jdbc, meeting, states.get(i % 3), "Person" + i,
                        SponsorshipFixtures.email());
                applications.add(first.getBean(Applications.class)
                    .apply(SponsorshipFixtures.request(meeting, registration, "1000"))
                    .id());
            }
            SponsorshipFixtures.signOut();
            Offers[] instances = { first.getBean(Offers.class), second.getBean(Offers.class) };
            List<Race.Runner> runners = new ArrayList<>();
            for (int i = 0; i < applications.size(); i++) {
                Offers offers = instances[i % 2];
                long application = applications.get(i);
                Map<CostKind, BigDecimal> items = new EnumMap<>(CostKind.class);
                items.put(CostKind.TRAVEL, new BigDecimal("900.00"));
                items.put(CostKind.DSA, new BigDecimal("333.33"));
                runners.add(Race.as(secretariat, () -> offers.offer(application, items, LocalDate.of(2025, 7, 15))));
            }
            List<Object> outcomes = Race.run(runners);

            long made = outcomes.stream().filter(o -> o instanceof Long).count();
            assertThat(outcomes).allSatisfy(o -> assertThat(o).isInstanceOfAny(Long.class, InsufficientFunds.class));
            // CHF 1,233.33 each: CHF 10,000 pay for eight
            assertThat(made).isEqualTo(8);
            ProgrammeTotals totals = first.getBean(TransactionOperations.class)
                .execute(status -> first.getBean(Ledger.class).totals(year));
            Map<String, BigDecimal> sums = first.getBean(SponsorshipQueries.class).itemSums(year);
            assertThat(totals.committed()).isEqualByComparingTo("9866.64").isEqualByComparingTo(sums.get("committed"));
            assertThat(totals.available()).isEqualByComparingTo("133.36");
        }
    }

    private static ConfigurableApplicationContext start(String url, String name) {
        return new SpringApplicationBuilder(CcmDeskApplication.class).profiles("test")
            .run("--spring.datasource.url=" + url, "--spring.datasource.username=" + TestDatabaseCondition.user(),
                    "--spring.datasource.password=" + TestDatabaseCondition.password(), "--server.port=0",
                    "--spring.application.name=ccm-desk-" + name, "--spring.quartz.scheduler-name=" + SCHEDULER);
    }

}

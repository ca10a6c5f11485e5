package org.ccmdesk.sponsorship;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.ccmdesk.accounts.CcmUser;
import org.ccmdesk.accounts.Role;
import org.ccmdesk.accounts.TestAccounts;
import org.ccmdesk.support.DatabaseTest;
import org.ccmdesk.support.Race;
import org.ccmdesk.system.StatusConflict;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The money invariant under concurrency, on H2 and on PostgreSQL: many secretariat
 * requests released together offer against funds that pay for only some of them; then
 * answers, lapses and new offers race. Committed + spent never exceeds the funds counted,
 * every refusal carries the shortfall, and the year's totals equal the sums of the items.
 */
@DatabaseTest
class MoneyConcurrencyTest {

    private static final int THREADS = 60;

    private static final List<String> STATES = List.of("MOZ", "LAO", "IRQ");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    Programmes programmes;

    @Autowired
    Calls calls;

    @Autowired
    Applications applications;

    @Autowired
    Offers offers;

    @Autowired
    OfferLapses lapses;

    @Autowired
    Ledger ledger;

    @Autowired
    SponsorshipQueries queries;

    @Autowired
    org.springframework.transaction.support.TransactionOperations transactions;

    @AfterEach
    void signOut() {
        SponsorshipFixtures.signOut();
    }

    private record Setup(int year, List<Long> applicationIds, CcmUser secretariat) {
    }

    private Setup setup(String funds) {
        CcmUser secretariat = accounts.create(Role.SECRETARIAT);
        SponsorshipFixtures.signIn(secretariat);
        long meeting = SponsorshipFixtures.meeting(jdbc);
        int year = SponsorshipFixtures.programmeAndCall(programmes, calls, jdbc, meeting, 20);
        programmes.recordFund(year, "Donor state", new BigDecimal(funds), FundCurrency.CHF, BigDecimal.ONE,
                FundStatus.RECEIVED, LocalDate.of(2025, 5, 1), null);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            String iso3 = STATES.get(i % STATES.size());
            long registration = SponsorshipFixtures.registration(jdbc, meeting, iso3, "Person" + i,
                    SponsorshipFixtures.email());
            ids.add(applications.apply(SponsorshipFixtures.request(meeting, registration, "1000")).id());
        }
        SponsorshipFixtures.signOut();
        return new Setup(year, ids, secretariat);
    }

    /**
     * An offer of a ticket and DSA whose amounts differ from one application to the next.
     */
    private static Map<CostKind, BigDecimal> items(int i) {
        Map<CostKind, BigDecimal> items = new EnumMap<>(CostKind.class);
        items.put(CostKind.TRAVEL, new BigDecimal("700.00").add(BigDecimal.valueOf(i * 7L, 1)));
        items.put(CostKind.DSA, new BigDecimal("300.00"));
        return items;
    }

    private void assertBalanced(int year) {
        ProgrammeTotals totals = transactions.execute(status -> ledger.totals(year));
        Map<String, BigDecimal> sums = queries.itemSums(year);
        assertThat(totals.committed()).isEqualByComparingTo(sums.get("committed"));
        assertThat(totals.spent()).isEqualByComparingTo(sums.get("spent"));
        assertThat(totals.committed().add(totals.spent())).isLessThanOrEqualTo(totals.counted());
        Programme stored = queries.programme(year).orElseThrow();
        assertThat(stored.counted()).isEqualByComparingTo(totals.counted());
    }

    @Test
    void sixtyOffersAtOnceNeverCommitMoreThanTheFunds() throws Exception {
        Setup s = setup("12345.67");
        List<Race.Runner> runners = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            long id = s.applicationIds().get(i);
            Map<CostKind, BigDecimal> items = items(i);
            runners.add(Race.as(s.secretariat(), () -> offers.offer(id, items, LocalDate.of(2025, 7, 15))));
        }
        List<Object> outcomes = Race.run(runners);

        BigDecimal committed = BigDecimal.ZERO;
        int made = 0;
        for (int i = 0; i < THREADS; i++) {
            Object outcome = outcomes.get(i);
            long applicationId = s.applicationIds().get(i);
            BigDecimal asked = items(i).values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            if (outcome instanceof Long) {
                made++;
                committed = committed.add(asked);
                assertThat(queries.application(applicationId).orElseThrow().outcome()).isEqualTo(Outcome.OFFERED);
            }
            else {
                assertThat(outcome).isInstanceOf(InsufficientFunds.class);
                InsufficientFunds refused = (InsufficientFunds) outcome;
                assertThat(refused.messageKey()).isEqualTo("sponsorship.shortfall");
                assertThat(refused.shortfall()).isPositive().isLessThanOrEqualTo(asked);
                assertThat(refused.shortfall().add(refused.available())).isEqualByComparingTo(asked);
                assertThat(queries.application(applicationId).orElseThrow().outcome()).isEqualTo(Outcome.WAITING_LIST);
            }
        }
        // about CHF 1,000 to 1,400 each: the funds pay for some, never for all
        assertThat(made).isBetween(8, 12);
        ProgrammeTotals totals = transactions.execute(status -> ledger.totals(s.year()));
        assertThat(totals.committed()).isEqualByComparingTo(committed).isLessThanOrEqualTo(totals.counted());
        assertBalanced(s.year());
    }

    @Test
    void answersLapsesAndNewOffersRacingKeepTheLedgerEqualToTheItems() throws Exception {
        Setup s = setup("20000.00");
        // first round, one at a time: fourteen offers of CHF 1,000 + 300
        List<Long> offered = new ArrayList<>();
        SponsorshipFixtures.signIn(s.secretariat());
        for (int i = 0; i < 14; i++) {
            Map<CostKind, BigDecimal> items = new EnumMap<>(CostKind.class);
            items.put(CostKind.TRAVEL, new BigDecimal("1000.00"));
            items.put(CostKind.DSA, new BigDecimal("300.00"));
            offered.add(offers.offer(s.applicationIds().get(i), items, LocalDate.of(2025, 7, 15)));
        }
        SponsorshipFixtures.signOut();
        // the first four are past their expiry (as if their date had come)
        for (long id : offered.subList(0, 4)) {
            jdbc.sql("update sponsorship_offer set expires = '2025-06-21' where id = :id").param("id", id).update();
        }
        List<Race.Runner> runners = new ArrayList<>();
        for (long id : offered.subList(0, 4)) {
            // each lapse twice at once, and an answer arriving at the same time
            runners.add(Race.as(s.secretariat(), () -> lapses.lapse(id)));
            runners.add(Race.as(s.secretariat(), () -> lapses.lapse(id)));
            runners.add(Race.as(s.secretariat(), () -> {
                offers.accept(id, CostKind.TRAVEL);
                return "accepted";
            }));
        }
        for (long id : offered.subList(4, 9)) {
            runners.add(Race.as(s.secretariat(), () -> {
                offers.decline(id, CostKind.TRAVEL, "Travelling with the mission's own ticket");
                return "declined";
            }));
            runners.add(Race.as(s.secretariat(), () -> {
                offers.decline(id, CostKind.TRAVEL, "The same decline twice");
                return "declined";
            }));
        }
        for (long id : offered.subList(9, 14)) {
            runners.add(Race.as(s.secretariat(), () -> {
                offers.accept(id, CostKind.DSA);
                return "accepted";
            }));
            runners.add(Race.as(s.secretariat(), () -> {
                offers.decline(id, CostKind.DSA, "Changed plans");
                return "declined";
            }));
        }
        for (int i = 14; i < THREADS; i++) {
            long application = s.applicationIds().get(i);
            Map<CostKind, BigDecimal> items = new EnumMap<>(CostKind.class);
            items.put(CostKind.TRAVEL, new BigDecimal("1000.00"));
            items.put(CostKind.HOTEL, new BigDecimal("300.00"));
            runners.add(Race.as(s.secretariat(), () -> offers.offer(application, items, LocalDate.of(2025, 7, 20))));
        }
        assertThat(runners).hasSizeGreaterThanOrEqualTo(50);
        List<Object> outcomes = Race.run(runners);

        for (Object outcome : outcomes) {
            assertThat(outcome).isInstanceOfAny(Long.class, Boolean.class, String.class, InsufficientFunds.class,
                    StatusConflict.class);
        }
        int index = 0;
        for (int k = 0; k < 4; k++) {
            Object first = outcomes.get(index++);
            Object second = outcomes.get(index++);
            Object accept = outcomes.get(index++);
            // a lapse happens once, whatever the interleaving; the expired offer cannot
            // be accepted
            assertThat(List.of(first, second)).containsOnlyOnce(Boolean.TRUE);
            assertThat(accept).isInstanceOf(StatusConflict.class);
            Offer offer = queries.offer(offered.get(k)).orElseThrow();
            assertThat(offer.status()).isEqualTo(Offer.LAPSED);
            assertThat(offer.items()).extracting(Offer.Item::status).containsOnly(ItemStatus.LAPSED);
        }
        for (int k = 4; k < 9; k++) {
            Object one = outcomes.get(index++);
            Object other = outcomes.get(index++);
            assertThat(List.of(one, other)).containsOnlyOnce("declined");
            assertThat(queries.offer(offered.get(k)).orElseThrow().item(CostKind.TRAVEL).orElseThrow().status())
                .isEqualTo(ItemStatus.DECLINED);
        }
        for (int k = 9; k < 14; k++) {
            Object accepted = outcomes.get(index++);
            Object declined = outcomes.get(index++);
            // one answer wins, the other is refused with the status it found
            assertThat(accepted instanceof StatusConflict).isNotEqualTo(declined instanceof StatusConflict);
        }
        assertBalanced(s.year());
        // the released money (4 lapsed offers, 5 declined tickets, some declined DSA) let
        // new offers in
        long newOffers = outcomes.subList(index, outcomes.size()).stream().filter(o -> o instanceof Long).count();
        ProgrammeTotals totals = transactions.execute(status -> ledger.totals(s.year()));
        assertThat(newOffers).isPositive();
        assertThat(totals.available()).isLessThan(new BigDecimal("1300.00"));
        assertThat(outcomes.subList(index, outcomes.size()).stream().filter(o -> o instanceof InsufficientFunds))
            .isNotEmpty();
    }

}

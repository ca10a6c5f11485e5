package org.ccmdesk.obligations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.ccmdesk.accounts.CcmUser;
import org.ccmdesk.accounts.Role;
import org.ccmdesk.accounts.TestAccounts;
import org.ccmdesk.support.DatabaseTest;
import org.ccmdesk.support.Race;
import org.ccmdesk.system.GeneratedId;
import org.ccmdesk.system.StatusConflict;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two of the secretariat verify what a state reported at the same moment (or one clicks
 * twice): one verification is written and audited, the other is told it is already
 * verified. Real transactions, so not transactional: what it writes is removed
 * afterwards.
 */
@DatabaseTest
class VerificationConcurrencyTest {

    private static final int ROUNDS = 10;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    Verification verification;

    CcmUser first;

    CcmUser second;

    final List<Long> fulfilments = new ArrayList<>();

    final List<Long> extensions = new ArrayList<>();

    @BeforeEach
    void setUp() {
        first = accounts.create(Role.SECRETARIAT);
        second = accounts.create(Role.SECRETARIAT);
    }

    @AfterEach
    void cleanUp() {
        remove("fulfilment", fulfilments);
        remove("extension_request", extensions);
    }

    private void remove(String table, List<Long> ids) {
        for (Long id : ids) {
            jdbc.sql("delete from audit_entry where entity_type = :type and entity_id = :id")
                .param("type", table)
                .param("id", String.valueOf(id))
                .update();
            jdbc.sql("delete from " + table + " where id = :id").param("id", id).update();
        }
    }

    private long reportedFulfilment() {
        long id = GeneratedId.insert(jdbc.sql("""
                insert into fulfilment (state_iso3, met_on, source, report_kind, report_year, reported_by_state,
                       recorded_by, recorded_at)
                values ('LAO', date '2014-03-31', 'Voluntary report, April 2014', 'VOLUNTARY', 2014, true,
                        'focal@mofa.gov.la', :now)""").param("now", OffsetDateTime.parse("2014-04-01T09:00:00Z")));
        fulfilments.add(id);
        return id;
    }

    private long reportedExtension() {
        long id = GeneratedId.insert(jdbc.sql("""
                insert into extension_request (state_iso3, rule_id, submitted_on, requested_deadline, decision, source,
                       reported_by_state, recorded_by, recorded_at)
                values ('LAO', 'ART4_CLEARANCE', date '2019-11-01', date '2025-08-01', 'PENDING', '9MSP report', true,
                        'focal@mofa.gov.la', :now)""").param("now", OffsetDateTime.parse("2019-11-02T09:00:00Z")));
        extensions.add(id);
        return id;
    }

    private String verifiedBy(String table, long id) {
        return jdbc.sql("select verified_by from " + table + " where id = :id")
            .param("id", id)
            .query(String.class)
            .single();
    }

    private int verifications(String table, long id) {
        return jdbc
            .sql("select count(*) from audit_entry where entity_type = :type and entity_id = :id and action = 'VERIFY'")
            .param("type", table)
            .param("id", String.valueOf(id))
            .query(Integer.class)
            .single();
    }

    /** One of the two outcomes is the verifier's e-mail, the other the refusal. */
    private void assertOneVerifies(String table, long id, List<Object> outcomes) {
        List<Object> refused = outcomes.stream().filter(RuntimeException.class::isInstance).toList();
        assertThat(refused).as("outcomes %s", outcomes)
            .singleElement()
            .isInstanceOfSatisfying(StatusConflict.class, conflict -> {
                assertThat(conflict.messageKey()).isEqualTo("obligation.alreadyVerified");
                assertThat(conflict.current()).isEqualTo("VERIFIED");
            });
        Object winner = outcomes.stream().filter(String.class::isInstance).findFirst().orElseThrow();
        assertThat(verifiedBy(table, id)).isEqualTo(winner);
        assertThat(verifications(table, id)).isEqualTo(1);
    }

    @Test
    void twoVerificationsOfAFulfilmentAtOnceWriteOne() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            long id = reportedFulfilment();
            assertOneVerifies("fulfilment", id, Race.run(List.of(Race.as(first, () -> {
                verification.verify(id);
                return first.email();
            }), Race.as(second, () -> {
                verification.verify(id);
                return second.email();
            }))));
        }
    }

    @Test
    void twoVerificationsOfAnExtensionRequestAtOnceWriteOne() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            long id = reportedExtension();
            assertOneVerifies("extension_request", id, Race.run(List.of(Race.as(first, () -> {
                verification.verifyExtension(id);
                return first.email();
            }), Race.as(second, () -> {
                verification.verifyExtension(id);
                return second.email();
            }))));
        }
    }

}

package org.ccmdesk.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ccmdesk.registration.RegistrationFixtures.profile;
import static org.ccmdesk.registration.RegistrationFixtures.registerFor;
import static org.ccmdesk.registration.RegistrationFixtures.signIn;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.ccmdesk.accounts.CcmUser;
import org.ccmdesk.accounts.Role;
import org.ccmdesk.accounts.TestAccounts;
import org.ccmdesk.support.DatabaseTest;
import org.ccmdesk.support.Race;
import org.ccmdesk.system.RuleViolation;
import org.ccmdesk.system.StatusConflict;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A double click, or the person and their focal point at the same moment: two real
 * transactions register the same person for the same meeting at once. One registration,
 * whichever wins; the other request is answered with the winner's registration
 * (AlreadyRegistered), also when the unique constraint refused it. Likewise two changes
 * of status at once: the compare-and-set lets one through and refuses the other. Not
 * transactional, so everything it creates is removed afterwards and the meeting's dates
 * are restored.
 */
@DatabaseTest
class RegistrationConcurrencyTest {

    private static final int ROUNDS = 5;

    /** Trials of each pair of status changes. */
    private static final int TRIALS = 20;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ParticipantProfiles profiles;

    @Autowired
    RegistrationDesk desk;

    record Schedule(LocalDate firstDay, LocalDate lastDay, LocalDate opens, LocalDate closes) {
    }

    long meeting;

    Schedule original;

    CcmUser laos;

    CcmUser delegate;

    CcmUser secretariat;

    final List<Long> participants = new ArrayList<>();

    @BeforeEach
    void setUp() {
        meeting = RegistrationFixtures.meeting(jdbc, RegistrationFixtures.INTERSESSIONAL);
        original = jdbc
            .sql("select first_day, last_day, registration_opens, registration_closes from meeting where id = :id")
            .param("id", meeting)
            .query((rs, n) -> new Schedule(rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class),
                    rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class)))
            .single();
        RegistrationFixtures.openWindow(jdbc, meeting);
        laos = accounts.create(Role.FOCAL_POINT, "LAO");
        delegate = accounts.create(Role.DELEGATE);
        secretariat = accounts.create(Role.SECRETARIAT);
    }

    @AfterEach
    void cleanUp() {
        RegistrationFixtures.signOut();
        try {
            for (Long participant : participants) {
                jdbc.sql("delete from registration where participant_id = :p").param("p", participant).update();
                jdbc.sql("delete from participant where id = :p").param("p", participant).update();
            }
        }
        finally {
            RegistrationFixtures.schedule(jdbc, meeting, original.firstDay(), original.lastDay(), original.opens(),
                    original.closes());
        }
    }

    private long newProfile(CcmUser by, String email) {
        signIn(by);
        try {
            long id = profiles.save(null, profile(email, "Bounthanh", "Chanthavong", "LAO"));
            participants.add(id);
            return id;
        }
        finally {
            RegistrationFixtures.signOut();
        }
    }

    /**
     * Both at the barrier, then both register; answers what each got: the new ids or the
     * exception.
     */
    private List<Object> race(long participant, CcmUser first, CcmUser second) throws Exception {
        Callable<Object> register = () -> desk.register(meeting,
                registerFor(participant, DelegationRole.TECHNICAL_EXPERT, meeting));
        return race(first, register, second, register);
    }

    /**
     * Each user at the barrier, then each does their part; answers what each got: the
     * result or the exception.
     */
    private List<Object> race(CcmUser first, Callable<Object> firstPart, CcmUser second, Callable<Object> secondPart)
            throws Exception {
        CyclicBarrier barrier = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Object>> futures = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                CcmUser user = i == 0 ? first : second;
                Callable<Object> part = i == 0 ? firstPart : secondPart;
                Callable<Object> attempt = () -> {
                    signIn(user);
                    try {
                        barrier.await(10, TimeUnit.SECONDS);
                        return part.call();
                    }
                    catch (RuntimeException e) {
                        return e;
                    }
                    finally {
                        RegistrationFixtures.signOut();
                    }
                };
                futures.add(pool.submit(attempt));
            }
            List<Object> outcomes = new ArrayList<>();
            for (Future<Object> future : futures) {
                outcomes.add(future.get(60, TimeUnit.SECONDS));
            }
            return outcomes;
        }
        finally {
            pool.shutdownNow();
        }
    }

    private List<Long> registrationIds(long participant) {
        return jdbc.sql("select id from registration where participant_id = :p and meeting_id = :m")
            .param("p", participant)
            .param("m", meeting)
            .query(Long.class)
            .list();
    }

    private void assertOneWins(long participant, List<Object> outcomes) {
        List<Object> successes = outcomes.stream().filter(List.class::isInstance).toList();
        List<Object> failures = outcomes.stream().filter(RuntimeException.class::isInstance).toList();
        assertThat(successes).as("outcomes %s", outcomes).hasSize(1);
        assertThat(failures).as("outcomes %s", outcomes).hasSize(1);
        List<Long> rows = registrationIds(participant);
        assertThat(rows).hasSize(1);
        assertThat(successes.get(0)).isEqualTo(List.of(rows.get(0)));
        // whether the loser saw the winner's row or ran into the unique constraint, it is
        // told which registration won
        assertThat(failures.get(0)).isInstanceOfSatisfying(AlreadyRegistered.class,
                already -> assertThat(already.registrationId()).isEqualTo(rows.get(0)));
    }

    @Test
    void aDoubleClickRegistersOnce() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            long participant = newProfile(laos, "double-click-" + UUID.randomUUID() + "@mofa.gov.la");
            assertOneWins(participant, race(participant, laos, laos));
        }
    }

    @Test
    void thePersonAndTheirFocalPointAtTheSameMomentRegisterOnce() throws Exception {
        long participant = newProfile(delegate, delegate.email());
        List<Object> outcomes = race(participant, delegate, laos);
        assertOneWins(participant, outcomes);
        // the registration is there and audited once
        long id = registrationIds(participant).get(0);
        assertThat(jdbc.sql(
                "select count(*) from audit_entry where entity_type = 'registration' and entity_id = :id and action = 'CREATE'")
            .param("id", String.valueOf(id))
            .query(Integer.class)
            .single()).isEqualTo(1);
    }

    private String status(long registration) {
        return jdbc.sql("select status from registration where id = :id")
            .param("id", registration)
            .query(String.class)
            .single();
    }

    private List<String> statusChanges(long registration) {
        return jdbc.sql(
                "select action from audit_entry where entity_type = 'registration' and entity_id = :id and action <> 'CREATE' order by id")
            .param("id", String.valueOf(registration))
            .query(String.class)
            .list();
    }

    /**
     * The focal point withdraws while the secretariat rejects: whichever comes second
     * finds the registration changed and is refused as if it had seen the change, and
     * only the first is audited.
     */
    @Test
    void aWithdrawalAndARejectionAtTheSameMomentChangeTheRegistrationOnce() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            long participant = newProfile(laos, "race-" + UUID.randomUUID() + "@mofa.gov.la");
            signIn(laos);
            long id;
            try {
                id = desk.register(meeting, registerFor(participant, DelegationRole.TECHNICAL_EXPERT, meeting)).get(0);
            }
            finally {
                RegistrationFixtures.signOut();
            }

            List<Object> outcomes = race(laos, () -> {
                desk.withdraw(id);
                return "WITHDRAWN";
            }, secretariat, () -> {
                desk.reject(id, "Not on the delegation's credentials.");
                return "REJECTED";
            });

            List<Object> refused = outcomes.stream().filter(RuntimeException.class::isInstance).toList();
            assertThat(refused).as("outcomes %s", outcomes)
                .hasSize(1)
                .allSatisfy(e -> assertThat(e).isInstanceOfSatisfying(RuleViolation.class,
                        v -> assertThat(v.messageKey()).isEqualTo("registration.cannotChange")));
            Object winner = outcomes.stream().filter(String.class::isInstance).findFirst().orElseThrow();
            assertThat(status(id)).isEqualTo(winner);
            assertThat(statusChanges(id)).containsExactly((String) winner);
        }
    }

    /** A registration submitted (and confirmed) by the focal point, committed. */
    private long submitted() {
        long participant = newProfile(laos, "race-" + UUID.randomUUID() + "@mofa.gov.la");
        signIn(laos);
        try {
            return desk.register(meeting, registerFor(participant, DelegationRole.TECHNICAL_EXPERT, meeting)).get(0);
        }
        finally {
            RegistrationFixtures.signOut();
        }
    }

    /**
     * Exactly one of the two changes went through and is the registration's status and
     * its only audited change; the other was refused with the winner's status.
     */
    private void assertOneChanges(long id, List<Object> outcomes) {
        List<Object> refused = outcomes.stream().filter(RuntimeException.class::isInstance).toList();
        Object winner = outcomes.stream().filter(String.class::isInstance).findFirst().orElseThrow();
        assertThat(refused).as("outcomes %s", outcomes)
            .singleElement()
            .isInstanceOfSatisfying(StatusConflict.class, conflict -> {
                assertThat(conflict.messageKey()).isEqualTo("registration.cannotChange");
                assertThat(conflict.current()).isEqualTo(winner);
            });
        assertThat(status(id)).isEqualTo(winner);
        assertThat(statusChanges(id)).containsExactly((String) winner);
    }

    /**
     * The race: the focal point withdraws while the secretariat approves. Before
     * the compare-and-set the approval overwrote the withdrawal in 9 of 20 trials. Now
     * the approval is never written over a withdrawal; an approved registration may still
     * be withdrawn afterwards (two real changes, in that order).
     */
    @Test
    void aWithdrawalAndAnApprovalAtTheSameMomentNeverOverwriteEachOther() throws Exception {
        for (int round = 0; round < TRIALS; round++) {
            long id = submitted();
            assertOneChangesOrBothInTurn(id, "WITHDRAWN", race(laos, () -> {
                desk.withdraw(id);
                return "WITHDRAWN";
            }, secretariat, () -> {
                // the single approval of the registration's page, which refuses like
                // the others when the registration is no longer submitted
                if (desk.approve(List.of(id)) != 1) {
                    throw Registration.cannotChange(RegistrationStatus.valueOf(status(id)));
                }
                return "APPROVED";
            }));
        }
    }

    /**
     * Either one change went through and the other was refused with its status, or the
     * approval came first and {@code after} was taken on the approved registration.
     */
    private void assertOneChangesOrBothInTurn(long id, String after, List<Object> outcomes) {
        if (outcomes.stream().noneMatch(RuntimeException.class::isInstance)) {
            assertThat(status(id)).isEqualTo(after);
            assertThat(statusChanges(id)).containsExactly("APPROVED", after);
        }
        else {
            assertOneChanges(id, outcomes);
        }
    }

    /**
     * Two of the secretariat decide at once; a registration approved first may still be
     * rejected afterwards, but not by a decision taken on the submitted one.
     */
    @Test
    void aRejectionAndAnApprovalAtTheSameMomentNeverOverwriteEachOther() throws Exception {
        CcmUser colleague = accounts.create(Role.SECRETARIAT);
        for (int round = 0; round < TRIALS; round++) {
            long id = submitted();
            List<Object> outcomes = race(secretariat, () -> {
                desk.reject(id, "Not on the delegation's credentials.");
                return "REJECTED";
            }, colleague, () -> {
                if (desk.approve(List.of(id)) != 1) {
                    throw Registration.cannotChange(RegistrationStatus.valueOf(status(id)));
                }
                return "APPROVED";
            });
            assertOneChangesOrBothInTurn(id, "REJECTED", outcomes);
        }
    }

    /** The 50 approvals at once wrote 10 audit entries; now one. */
    @Test
    void fiftyApprovalsAtOnceApproveOnceAndAuditOnce() throws Exception {
        long id = submitted();
        List<Object> outcomes = Race.run(50, Race.as(secretariat, () -> desk.approve(List.of(id))));
        assertThat(outcomes).as("outcomes %s", outcomes).allMatch(Integer.class::isInstance);
        assertThat(outcomes.stream().mapToInt(Integer.class::cast).sum()).isEqualTo(1);
        assertThat(status(id)).isEqualTo("APPROVED");
        assertThat(statusChanges(id)).containsExactly("APPROVED");
    }

}

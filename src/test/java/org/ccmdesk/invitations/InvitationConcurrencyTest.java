package org.ccmdesk.invitations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
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
 * Changes of one invitation at the same moment, in real transactions: twenty "sent" at
 * once, the focal point acknowledging while the secretariat records a refusal, a "sent"
 * while the answer comes in. Each move is written only from the status it was read in, so
 * no change overwrites another, and each real change has one audit entry. Not
 * transactional: the invitations it creates, their reminders and audit entries are
 * removed afterwards.
 */
@DatabaseTest
class InvitationConcurrencyTest {

    private static final int ROUNDS = 10;

    private static final int CLICKS = 20;

    private static final LocalDate LETTER_DATE = LocalDate.of(2014, 2, 28);

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    InvitationRecorder recorder;

    long meeting;

    CcmUser secretariat;

    CcmUser france;

    final List<Long> invitations = new ArrayList<>();

    @BeforeEach
    void setUp() {
        meeting = InvitationTestData.meeting(jdbc, "Intersessional 2014");
        secretariat = accounts.create(Role.SECRETARIAT);
        france = accounts.create(Role.FOCAL_POINT, "FRA");
    }

    @AfterEach
    void cleanUp() {
        for (Long id : invitations) {
            jdbc.sql("delete from audit_entry where entity_type = 'invitation' and entity_id = :id")
                .param("id", String.valueOf(id))
                .update();
            jdbc.sql("delete from invitation_reminder where invitation_id = :id").param("id", id).update();
            jdbc.sql("delete from invitation where id = :id").param("id", id).update();
        }
    }

    /**
     * A prepared invitation of France, committed, as the prepare form leaves it (the one
     * of the round before removed: one per invitee and meeting).
     */
    private long prepared() {
        cleanUp();
        invitations.clear();
        long id = GeneratedId.insert(jdbc.sql("""
                insert into invitation (meeting_id, invitee, state_iso3, channel, language, signatory_name,
                       signatory_title, letter_date, status, prepared_by, prepared_at)
                values (:meeting, 'STATE:FRA', 'FRA', 'Permanent Mission of France', 'fr', :name, :title, :letterDate,
                        'PREPARED', :by, :now)""")
            .param("meeting", meeting)
            .param("name", InvitationTestData.SIGNATORY)
            .param("title", InvitationTestData.TITLE)
            .param("letterDate", LETTER_DATE)
            .param("by", secretariat.email())
            .param("now", OffsetDateTime.parse("2014-02-28T09:00:00Z")));
        invitations.add(id);
        return id;
    }

    private String status(long id) {
        return jdbc.sql("select status from invitation where id = :id").param("id", id).query(String.class).single();
    }

    private List<String> audited(long id) {
        return jdbc
            .sql("select action from audit_entry where entity_type = 'invitation' and entity_id = :id order by id")
            .param("id", String.valueOf(id))
            .query(String.class)
            .list();
    }

    private static List<Object> refusals(List<Object> outcomes) {
        return outcomes.stream().filter(RuntimeException.class::isInstance).toList();
    }

    private static List<Object> successes(List<Object> outcomes) {
        return outcomes.stream().filter(o -> !(o instanceof RuntimeException)).toList();
    }

    @Test
    void twentySentAtOnceMarkItSentOnceOnTheWinnersDate() throws Exception {
        long id = prepared();
        List<Race.Runner> runners = new ArrayList<>();
        for (int i = 0; i < CLICKS; i++) {
            LocalDate sentOn = LETTER_DATE.plusDays(i);
            runners.add(Race.as(secretariat, () -> {
                recorder.markSent(id, sentOn);
                return sentOn;
            }));
        }
        List<Object> outcomes = Race.run(runners);

        assertThat(successes(outcomes)).as("outcomes %s", outcomes).hasSize(1);
        assertThat(refusals(outcomes)).hasSize(CLICKS - 1)
            .allSatisfy(e -> assertThat(e).isInstanceOfSatisfying(StatusConflict.class, conflict -> {
                assertThat(conflict.current()).isEqualTo("SENT");
                assertThat(conflict.messageKey()).isIn("invitation.alreadySent", "invitation.changedMeanwhile");
            }));
        assertThat(status(id)).isEqualTo("SENT");
        assertThat(jdbc.sql("select sent_on from invitation where id = :id")
            .param("id", id)
            .query(LocalDate.class)
            .single()).isEqualTo(successes(outcomes).get(0));
        assertThat(audited(id)).containsExactly("SEND");
    }

    @Test
    void anAcknowledgementAndADeclineAtTheSameMomentAnswerOnce() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            long id = prepared();
            List<Object> outcomes = Race.run(List.of(Race.as(france, () -> {
                recorder.answer(id, InvitationStatus.ACKNOWLEDGED);
                return "ACKNOWLEDGED";
            }), Race.as(secretariat, () -> {
                recorder.answer(id, InvitationStatus.DECLINED);
                return "DECLINED";
            })));

            assertThat(successes(outcomes)).as("outcomes %s", outcomes).hasSize(1);
            String winner = (String) successes(outcomes).get(0);
            assertThat(refusals(outcomes)).singleElement().isInstanceOfSatisfying(StatusConflict.class, conflict -> {
                assertThat(conflict.current()).isEqualTo(winner);
                assertThat(conflict.messageKey()).isEqualTo("invitation.alreadyAnswered");
            });
            assertThat(status(id)).isEqualTo(winner);
            assertThat(audited(id)).containsExactly(winner);
        }
    }

    /**
     * Marking it sent while the answer comes in: both may be real changes (sent, then
     * acknowledged), but neither overwrites the other: every success is audited once, in
     * order, and the invitation ends as the last of them left it.
     */
    @Test
    void aSentAndAnAcknowledgementAtTheSameMomentNeverOverwriteEachOther() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            long id = prepared();
            List<Object> outcomes = Race.run(List.of(Race.as(secretariat, () -> {
                recorder.markSent(id, LETTER_DATE.plusDays(3));
                return "SEND";
            }), Race.as(france, () -> {
                recorder.answer(id, InvitationStatus.ACKNOWLEDGED);
                return "ACKNOWLEDGED";
            })));

            assertThat(successes(outcomes)).as("outcomes %s", outcomes).isNotEmpty();
            assertThat(refusals(outcomes)).allSatisfy(e -> assertThat(e).isInstanceOf(StatusConflict.class));
            assertThat(audited(id))
                .containsExactlyInAnyOrderElementsOf(successes(outcomes).stream().map(String.class::cast).toList());
            if (successes(outcomes).contains("ACKNOWLEDGED")) {
                assertThat(status(id)).isEqualTo("ACKNOWLEDGED");
                assertThat(audited(id)).last().isEqualTo("ACKNOWLEDGED");
            }
            else {
                assertThat(status(id)).isEqualTo("SENT");
            }
        }
    }

    /**
     * A reminder while the answer comes in: recorded before it (and audited before it),
     * or refused; never recorded for an answered invitation.
     */
    @Test
    void aReminderAndAnAnswerAtTheSameMomentNeverRemindAnAnsweredInvitation() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            long id = prepared();
            List<Object> outcomes = Race.run(List.of(Race.as(secretariat, () -> {
                recorder.remind(id, LETTER_DATE.plusDays(10));
                return "REMIND";
            }), Race.as(france, () -> {
                recorder.answer(id, InvitationStatus.DECLINED);
                return "DECLINED";
            })));

            assertThat(successes(outcomes)).as("outcomes %s", outcomes).contains("DECLINED");
            assertThat(status(id)).isEqualTo("DECLINED");
            int reminders = jdbc.sql("select count(*) from invitation_reminder where invitation_id = :id")
                .param("id", id)
                .query(Integer.class)
                .single();
            if (successes(outcomes).contains("REMIND")) {
                assertThat(reminders).isEqualTo(1);
                assertThat(audited(id)).containsExactly("REMIND", "DECLINED");
            }
            else {
                assertThat(refusals(outcomes)).singleElement()
                    .isInstanceOfSatisfying(StatusConflict.class,
                            conflict -> assertThat(conflict.current()).isEqualTo("DECLINED"));
                assertThat(reminders).isZero();
                assertThat(audited(id)).containsExactly("DECLINED");
            }
        }
    }

}

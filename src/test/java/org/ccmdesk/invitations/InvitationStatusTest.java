package org.ccmdesk.invitations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ccmdesk.invitations.InvitationStatus.ACKNOWLEDGED;
import static org.ccmdesk.invitations.InvitationStatus.DECLINED;
import static org.ccmdesk.invitations.InvitationStatus.PREPARED;
import static org.ccmdesk.invitations.InvitationStatus.SENT;

import org.ccmdesk.system.StatusConflict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Which move is allowed from which status, and how the others are refused. */
class InvitationStatusTest {

    private static void refused(Runnable move, InvitationStatus current, String messageKey) {
        assertThatThrownBy(move::run).isInstanceOfSatisfying(StatusConflict.class, conflict -> {
            assertThat(conflict.current()).isEqualTo(current.name());
            assertThat(conflict.messageKey()).isEqualTo(messageKey);
            assertThat(conflict.field()).isEqualTo("status");
        });
    }

    @Test
    void aPreparedInvitationIsSentOnce() {
        assertThat(PREPARED.send()).isEqualTo(SENT);
        refused(SENT::send, SENT, "invitation.alreadySent");
        refused(ACKNOWLEDGED::send, ACKNOWLEDGED, "invitation.alreadyAnswered");
        refused(DECLINED::send, DECLINED, "invitation.alreadyAnswered");
    }

    @Test
    void anOpenInvitationIsAnsweredEitherWayAlsoBeforeItIsMarkedSent() {
        assertThat(SENT.answer(ACKNOWLEDGED)).isEqualTo(ACKNOWLEDGED);
        assertThat(SENT.answer(DECLINED)).isEqualTo(DECLINED);
        assertThat(PREPARED.answer(ACKNOWLEDGED)).isEqualTo(ACKNOWLEDGED);
        assertThat(PREPARED.answer(DECLINED)).isEqualTo(DECLINED);
    }

    @ParameterizedTest
    @EnumSource(names = { "ACKNOWLEDGED", "DECLINED" })
    void theFirstAnswerStands(InvitationStatus answered) {
        refused(() -> answered.answer(ACKNOWLEDGED), answered, "invitation.alreadyAnswered");
        refused(() -> answered.answer(DECLINED), answered, "invitation.alreadyAnswered");
        refused(answered::remind, answered, "invitation.alreadyAnswered");
    }

    @Test
    void remindingKeepsTheStatusOfAnOpenInvitation() {
        assertThat(PREPARED.remind()).isEqualTo(PREPARED);
        assertThat(SENT.remind()).isEqualTo(SENT);
    }

    @Test
    void onlyAnAnswerIsAnAnswer() {
        assertThatThrownBy(() -> SENT.answer(PREPARED)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SENT.answer(SENT)).isInstanceOf(IllegalArgumentException.class);
    }

}

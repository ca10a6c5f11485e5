package org.ccmdesk.invitations;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InvitationFunnelTest {

    @Test
    void aRegistrationAnswersAnInvitationThatWasNeitherAcknowledgedNorDeclined() {
        InvitationFunnel.Stage registered = InvitationFunnel.Stage.ZERO.plus(InvitationStatus.SENT, true, false);
        assertThat(registered.unanswered()).isZero();
        assertThat(registered.registered()).isEqualTo(1);
        InvitationFunnel.Stage silent = InvitationFunnel.Stage.ZERO.plus(InvitationStatus.SENT, false, false);
        assertThat(silent.unanswered()).isEqualTo(1);
        assertThat(InvitationFunnel.Stage.ZERO.plus(InvitationStatus.PREPARED, false, false).unanswered()).isEqualTo(1);
    }

}

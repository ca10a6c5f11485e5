package org.ccmdesk.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class StopTokenTest {

    static final byte[] KEY = "a key of thirty-two bytes, at least".getBytes(StandardCharsets.UTF_8);

    @Test
    void aSignedTokenIsReadBackWithItsAddressAndTopic() {
        String token = new StopToken(" Mission.Geneva@Example.ORG ", Topic.INVITATIONS).sign(KEY);
        assertThat(StopToken.verify(token, KEY))
            .contains(new StopToken("mission.geneva@example.org", Topic.INVITATIONS));
        assertThat(token).matches("[A-Za-z0-9_.-]+");
    }

    @Test
    void aChangedTokenIsRefused() {
        String token = new StopToken("mission@example.org", Topic.INVITATIONS).sign(KEY);
        String[] parts = token.split("\\.");
        String otherTopic = parts[0] + ".REGISTRATION." + parts[2];
        String otherAddress = new StopToken("someone.else@example.org", Topic.INVITATIONS).sign(KEY).split("\\.")[0]
                + "." + parts[1] + "." + parts[2];
        char last = token.charAt(token.length() - 1);
        String otherSignature = token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A');
        assertThat(StopToken.verify(otherTopic, KEY)).isEmpty();
        assertThat(StopToken.verify(otherAddress, KEY)).isEmpty();
        assertThat(StopToken.verify(otherSignature, KEY)).isEmpty();
        assertThat(StopToken.verify(token.substring(0, token.length() - 5), KEY)).isEmpty();
        assertThat(StopToken.verify(token, "another key".getBytes(StandardCharsets.UTF_8))).isEmpty();
    }

    @Test
    void malformedTokensAreRefusedWithoutAnError() {
        assertThat(StopToken.verify(null, KEY)).isEmpty();
        assertThat(StopToken.verify("", KEY)).isEmpty();
        assertThat(StopToken.verify("a.b", KEY)).isEmpty();
        assertThat(StopToken.verify("!!.INVITATIONS.%%", KEY)).isEmpty();
        assertThat(StopToken.verify("x".repeat(5000), KEY)).isEmpty();
    }

    @Test
    void accountAndSystemMessagesCannotBeStopped() {
        assertThatIllegalArgumentException().isThrownBy(() -> new StopToken("a@example.org", Topic.ACCOUNT));
        assertThatIllegalArgumentException().isThrownBy(() -> new StopToken("a@example.org", Topic.SYSTEM));
    }

}

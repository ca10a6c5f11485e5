package org.ccmdesk.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class DeliveryPolicyTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2014, 4, 7, 9, 0, 0, 0, ZoneOffset.UTC);

    private final DeliveryPolicy policy = new DeliveryPolicy(Duration.ofMinutes(1), 10);

    @Test
    void aRefusedMessageWaitsTwiceAsLongAfterEachAttempt() {
        assertThat(policy.afterFailure(1, NOW))
            .isEqualTo(new DeliveryPolicy.Outcome(MailStatus.WAITING, NOW.plusMinutes(1)));
        assertThat(policy.afterFailure(2, NOW).nextAttemptAt()).isEqualTo(NOW.plusMinutes(2));
        assertThat(policy.afterFailure(4, NOW).nextAttemptAt()).isEqualTo(NOW.plusMinutes(8));
    }

    @Test
    void neverMoreThanSixHoursApart() {
        assertThat(policy.afterFailure(9, NOW).nextAttemptAt()).isEqualTo(NOW.plusMinutes(256));
        assertThat(new DeliveryPolicy(Duration.ofHours(1), 50).afterFailure(40, NOW).nextAttemptAt())
            .isEqualTo(NOW.plusHours(6));
    }

    @Test
    void afterTheLastAttemptTheMessageHasFailed() {
        assertThat(policy.afterFailure(10, NOW).status()).isEqualTo(MailStatus.FAILED);
        assertThat(new DeliveryPolicy(Duration.ZERO, 1).afterFailure(1, NOW).status()).isEqualTo(MailStatus.FAILED);
    }

    @Test
    void aZeroDelayRetriesAtOnce() {
        assertThat(new DeliveryPolicy(Duration.ZERO, 3).afterFailure(2, NOW))
            .isEqualTo(new DeliveryPolicy.Outcome(MailStatus.WAITING, NOW));
    }

    @Test
    void refusesPoliciesThatCannotWork() {
        assertThatThrownBy(() -> new DeliveryPolicy(Duration.ofMinutes(-1), 3))
            .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DeliveryPolicy(Duration.ZERO, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onlyMessagesNotOnTheirWayMayBeSentAgain() {
        assertThat(MailStatus.SENT.canResend()).isTrue();
        assertThat(MailStatus.FAILED.canResend()).isTrue();
        assertThat(MailStatus.WAITING.canResend()).isFalse();
        assertThat(MailStatus.SENDING.canResend()).isFalse();
    }

}

package org.ccmdesk.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final LoginThrottle throttle = new LoginThrottle(null, Clock.systemUTC(),
            new LoginSettings(5, Duration.ofMinutes(15), 20));

    private final OffsetDateTime t0 = OffsetDateTime.parse("2014-04-07T09:00:00Z");

    private List<OffsetDateTime> failuresAt(int... minutes) {
        return java.util.Arrays.stream(minutes).mapToObj(t0::plusMinutes).toList();
    }

    @Test
    void fiveFailuresWithinFifteenMinutesLockForFifteenMinutesAfterTheLast() {
        List<OffsetDateTime> failures = failuresAt(0, 2, 4, 6, 10);
        assertThat(throttle.lockedAt(failures, t0.plusMinutes(10))).isTrue();
        assertThat(throttle.lockedAt(failures, t0.plusMinutes(24).plusSeconds(59))).isTrue();
        assertThat(throttle.lockedAt(failures, t0.plusMinutes(25))).isFalse();
    }

    @Test
    void fourFailuresOrFailuresSpreadOverMoreThanTheWindowDoNotLock() {
        assertThat(throttle.lockedAt(failuresAt(0, 1, 2, 3), t0.plusMinutes(4))).isFalse();
        assertThat(throttle.lockedAt(failuresAt(0, 5, 10, 15, 20), t0.plusMinutes(21))).isFalse();
    }

    private List<LoginThrottle.Failure> addressFailures(boolean knownAccount, int count) {
        return java.util.stream.IntStream.range(0, count)
            .mapToObj(i -> new LoginThrottle.Failure(t0.plusSeconds(10L * i), knownAccount))
            .toList();
    }

    @Test
    void anAddressIsLockedByFiveWrongPasswordsOfExistingAccountsOrTwentyFailuresOfAnyKind() {
        OffsetDateTime soon = t0.plusMinutes(5);
        assertThat(throttle.addressLockedAt(addressFailures(false, 5), soon)).isFalse();
        assertThat(throttle.addressLockedAt(addressFailures(false, 19), soon)).isFalse();
        assertThat(throttle.addressLockedAt(addressFailures(false, 20), soon)).isTrue();
        assertThat(throttle.addressLockedAt(addressFailures(true, 4), soon)).isFalse();
        assertThat(throttle.addressLockedAt(addressFailures(true, 5), soon)).isTrue();
    }

    @Test
    void anAddressLockExpiresAWindowAfterTheLastFailure() {
        List<LoginThrottle.Failure> failures = addressFailures(true, 5);
        OffsetDateTime last = failures.get(4).at();
        assertThat(throttle.addressLockedAt(failures, last.plusMinutes(14))).isTrue();
        assertThat(throttle.addressLockedAt(failures, last.plusMinutes(15))).isFalse();
        assertThat(throttle.addressLockedAt(addressFailures(false, 20), t0.plusMinutes(20))).isFalse();
    }

}

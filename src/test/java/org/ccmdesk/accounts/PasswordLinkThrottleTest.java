package org.ccmdesk.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class PasswordLinkThrottleTest {

    @Test
    void threeLinksAnHourGoOutAndTheFourthDoesNot() {
        PasswordLinkThrottle throttle = PasswordLinkThrottle.DEFAULT;
        assertThat(throttle.window()).isEqualTo(Duration.ofHours(1));
        assertThat(throttle.allows(0)).isTrue();
        assertThat(throttle.allows(2)).isTrue();
        assertThat(throttle.allows(3)).isFalse();
        assertThat(throttle.allows(10)).isFalse();
    }

    @Test
    void aThrottleThatLetsNothingThroughIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new PasswordLinkThrottle(0, Duration.ofHours(1)));
        assertThatIllegalArgumentException().isThrownBy(() -> new PasswordLinkThrottle(3, Duration.ZERO));
    }

}

package org.ccmdesk.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

/** The countdown from stored times: started, paused, resumed, over time. */
class SpeechClockTest {

    private static final Instant START = Instant.parse("2014-04-08T08:00:00Z");

    @Test
    void countsDownFromTheLimit() {
        SpeechClock clock = new SpeechClock(START, null, 0, 300);
        assertThat(clock.remainingSeconds(START)).isEqualTo(300);
        assertThat(SpeechClock.display(clock.remainingSeconds(START.plusSeconds(61)))).isEqualTo("3:59");
    }

    @Test
    void aPauseStopsTheCountdownAndPausedTimeIsNotCounted() {
        SpeechClock paused = new SpeechClock(START, START.plusSeconds(100), 0, 300);
        assertThat(paused.remainingSeconds(START.plusSeconds(1000))).isEqualTo(200);
        SpeechClock resumed = new SpeechClock(START, null, 900, 300);
        assertThat(resumed.remainingSeconds(START.plusSeconds(1000))).isEqualTo(200);
    }

    @Test
    void overTimeIsNegative() {
        SpeechClock clock = new SpeechClock(START, null, 0, 300);
        assertThat(SpeechClock.display(clock.remainingSeconds(START.plusSeconds(312)))).isEqualTo("-0:12");
        assertThat(SpeechClock.display(3723)).isEqualTo("1:02:03");
    }

    @Test
    void notStartedHasItsWholeTime() {
        assertThat(new SpeechClock(null, null, 0, 180).remainingSeconds(START)).isEqualTo(180);
    }

}

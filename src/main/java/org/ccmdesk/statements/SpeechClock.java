package org.ccmdesk.statements;

import java.time.Duration;
import java.time.Instant;

/**
 * The time of one speech, from what is stored (when it started, when it was paused, how
 * long it was paused before) and the time now: nothing runs in memory, so every instance
 * shows the same countdown.
 */
record SpeechClock(Instant startedAt, Instant pausedAt, int pausedSeconds, int limitSeconds) {

    long elapsedSeconds(Instant now) {
        if (startedAt == null) {
            return 0;
        }
        Instant until = pausedAt != null ? pausedAt : now;
        return Math.max(0, Duration.between(startedAt, until).getSeconds() - pausedSeconds);
    }

    /** Seconds left; negative once the speaker is over time. */
    long remainingSeconds(Instant now) {
        return limitSeconds - elapsedSeconds(now);
    }

    boolean paused() {
        return pausedAt != null;
    }

    /** {@code 4:05}, {@code -0:12} (over time), {@code 1:02:03}. */
    static String display(long seconds) {
        long abs = Math.abs(seconds);
        String sign = seconds < 0 ? "-" : "";
        long h = abs / 3600;
        long m = (abs % 3600) / 60;
        long s = abs % 60;
        return h > 0 ? String.format("%s%d:%02d:%02d", sign, h, m, s) : String.format("%s%d:%02d", sign, m, s);
    }

}

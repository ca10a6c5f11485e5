package org.ccmdesk.invitations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

/** When a letter job counts as interrupted: RUNNING, and no progress for too long. */
class LetterJobTest {

    static final OffsetDateTime NOW = OffsetDateTime.parse("2025-06-22T10:00:00+02:00");

    static final Duration LIMIT = Duration.ofMinutes(2);

    private static LetterJob job(String status, OffsetDateTime heartbeat) {
        return new LetterJob("j", 1, 197, 40, status, NOW.minusHours(1), null, "1@host", heartbeat);
    }

    @Test
    void aRunningJobWithoutProgressForLongerThanTheLimitIsInterrupted() {
        assertThat(job("RUNNING", NOW.minusMinutes(2).minusSeconds(1)).isInterrupted(NOW, LIMIT)).isTrue();
        assertThat(job("RUNNING", null).isInterrupted(NOW, LIMIT)).isTrue();
        assertThat(job("RUNNING", NOW.minusMinutes(2)).isInterrupted(NOW, LIMIT)).isFalse();
        assertThat(job("RUNNING", NOW).isInterrupted(NOW, LIMIT)).isFalse();
    }

    @Test
    void aFinishedOrFailedJobIsNeverInterrupted() {
        assertThat(job("DONE", NOW.minusDays(1)).isInterrupted(NOW, LIMIT)).isFalse();
        assertThat(job("FAILED", NOW.minusDays(1)).isInterrupted(NOW, LIMIT)).isFalse();
    }

}

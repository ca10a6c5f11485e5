package org.ccmdesk.invitations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

/** What the progress page reads of a letter job. */
class LetterJobTest {

    static final OffsetDateTime CREATED = OffsetDateTime.parse("2025-06-22T10:00:00+02:00");

    private static LetterJob job(String status, int done, int total) {
        return new LetterJob("j", 1, total, done, status, CREATED, null);
    }

    @Test
    void thePercentDoneIsRoundedDownAndAnEmptyJobIsComplete() {
        assertThat(job("RUNNING", 40, 197).percent()).isEqualTo(20);
        assertThat(job("RUNNING", 196, 197).percent()).isEqualTo(99);
        assertThat(job("DONE", 197, 197).percent()).isEqualTo(100);
        assertThat(job("RUNNING", 0, 0).percent()).isEqualTo(100);
    }

    @Test
    void onlyARunningJobIsRunningAndOnlyADoneOneIsFinished() {
        assertThat(job("RUNNING", 40, 197).isRunning()).isTrue();
        assertThat(job("RUNNING", 40, 197).isFinished()).isFalse();
        assertThat(job("DONE", 197, 197).isFinished()).isTrue();
        assertThat(job("DONE", 197, 197).isRunning()).isFalse();
        assertThat(job("FAILED", 40, 197).isRunning()).isFalse();
        assertThat(job("FAILED", 40, 197).isFinished()).isFalse();
    }

}

package org.ccmdesk.invitations;

import java.time.OffsetDateTime;

/**
 * A background build of all letters of a meeting, as stored: how many of how many, and
 * whether it is done. Which instance builds it is Quartz's business (see
 * {@link LetterBatchJob}).
 */
record LetterJob(String id, long meetingId, int total, int done, String status, OffsetDateTime createdAt,
        OffsetDateTime finishedAt) {

    public boolean isRunning() {
        return "RUNNING".equals(status);
    }

    public boolean isFinished() {
        return "DONE".equals(status);
    }

    public int percent() {
        return total == 0 ? 100 : done * 100 / total;
    }
}

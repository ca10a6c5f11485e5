package org.ccmdesk.invitations;

import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * A background build of all letters of a meeting, as stored: how many of how many,
 * whether it is done, which instance builds it and when it last made progress.
 */
record LetterJob(String id, long meetingId, int total, int done, String status, OffsetDateTime createdAt,
        OffsetDateTime finishedAt, String instance, OffsetDateTime heartbeatAt) {

    public boolean isRunning() {
        return "RUNNING".equals(status);
    }

    public boolean isFinished() {
        return "DONE".equals(status);
    }

    /**
     * Still RUNNING, but no progress for longer than {@code limit}: the instance building
     * it stopped.
     */
    public boolean isInterrupted(OffsetDateTime now, Duration limit) {
        return isRunning() && (heartbeatAt == null || heartbeatAt.isBefore(now.minus(limit)));
    }

    public int percent() {
        return total == 0 ? 100 : done * 100 / total;
    }
}

package org.ccmdesk.invitations;

import java.time.OffsetDateTime;

/**
 * Sending the prepared invitations of a meeting by e-mail in the background, as stored:
 * how many of how many are sent, and whether it is done.
 */
record InvitationMailing(String id, long meetingId, int total, int done, String status, String requestedBy,
        OffsetDateTime createdAt, OffsetDateTime finishedAt) {

    public boolean isRunning() {
        return "RUNNING".equals(status);
    }

    public boolean isFinished() {
        return "DONE".equals(status);
    }

    public boolean isFailed() {
        return "FAILED".equals(status);
    }

    public int percent() {
        return total == 0 ? 100 : Math.min(100, done * 100 / total);
    }

}

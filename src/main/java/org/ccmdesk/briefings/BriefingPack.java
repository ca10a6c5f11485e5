package org.ccmdesk.briefings;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A background build of a meeting's briefing pack, as stored. */
record BriefingPack(String id, long meetingId, LocalDate asOf, String language, int total, int done, String status,
        OffsetDateTime createdAt, OffsetDateTime finishedAt) {

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

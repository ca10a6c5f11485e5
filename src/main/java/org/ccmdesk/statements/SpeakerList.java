package org.ccmdesk.statements;

import java.time.OffsetDateTime;

/**
 * The speakers' list of one agenda item: closed or open, the inscription deadline for
 * focal points, the time limit of a statement (and of a group statement, if different).
 */
record SpeakerList(long id, long meetingId, long agendaItemId, boolean closed, OffsetDateTime inscriptionDeadline,
        int timeLimitSeconds, Integer groupTimeLimitSeconds) {

    static final int DEFAULT_LIMIT_SECONDS = 300;

    int limitFor(boolean groupStatement) {
        return groupStatement && groupTimeLimitSeconds != null ? groupTimeLimitSeconds : timeLimitSeconds;
    }

    /** Whether a focal point may still inscribe at {@code now}. */
    boolean openToFocalPointsAt(OffsetDateTime now) {
        return !closed && (inscriptionDeadline == null || !now.isAfter(inscriptionDeadline));
    }

}

package org.ccmdesk.statements;

import java.time.OffsetDateTime;

import org.ccmdesk.states.Party;

/** One inscription on a speakers' list, with the times of its speech. */
record SpeakerEntry(long id, long listId, int seq, int position, Party party, SpeakerGroup group, String speaker,
        SpeechType speechType, StatementCategory category, boolean groupStatement, EntryStatus status,
        OffsetDateTime inscribedAt, OffsetDateTime startedAt, OffsetDateTime pausedAt, int pausedSeconds,
        OffsetDateTime endedAt, Integer secondsUsed) {

    SpeechClock clock(int limitSeconds) {
        return new SpeechClock(startedAt == null ? null : startedAt.toInstant(),
                pausedAt == null ? null : pausedAt.toInstant(), pausedSeconds, limitSeconds);
    }

    SpeakingOrder.Placed placed() {
        return new SpeakingOrder.Placed(speechType, group, status);
    }

}

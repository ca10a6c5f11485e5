package org.ccmdesk.states;

import java.time.OffsetDateTime;

/**
 * One flag of one state with where it comes from; {@code reportedByState} until the
 * secretariat records it.
 */
public record FlagRecord(StateFlag flag, FlagValue value, String source, boolean shipped, boolean reportedByState,
        String recordedBy, OffsetDateTime recordedAt) {

    public static FlagRecord unknown(StateFlag flag) {
        return new FlagRecord(flag, FlagValue.UNKNOWN, null, false, false, null, null);
    }
}

package org.ccmdesk.briefings;

import java.time.LocalDate;

/**
 * A focal point asked for the state's memo for a meeting to be e-mailed to its delegation
 * (published in the transaction of the request; the notifications module sends it with
 * the memo's PDF attached). {@code requestId} makes each request one message per
 * recipient.
 */
public record BriefingRequested(String requestId, long meetingId, String iso3, LocalDate asOf, String language,
        String requestedBy) {
}

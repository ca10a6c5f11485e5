package org.ccmdesk.obligations;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A request to extend an Article 3 or 4 deadline and the decision of the meeting that
 * considered it.
 */
record ExtensionRequest(long id, String iso3, String ruleId, LocalDate submittedOn, LocalDate requestedDeadline,
        String meeting, ExtensionDecision decision, LocalDate decidedOn, LocalDate grantedDeadline, String source,
        boolean reportedByState, String recordedBy, OffsetDateTime recordedAt, String verifiedBy,
        OffsetDateTime verifiedAt) {

    /** The deadline this request set, if it was granted on or before {@code asOf}. */
    LocalDate deadlineOn(LocalDate asOf) {
        return decision.moves() && decidedOn != null && !decidedOn.isAfter(asOf) ? grantedDeadline : null;
    }
}

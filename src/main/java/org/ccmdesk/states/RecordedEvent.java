package org.ccmdesk.states;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A treaty event with where it comes from: shipped with CCM Desk's reference data, or
 * recorded (or corrected, with the reason) through the application by a member of the
 * secretariat.
 */
record RecordedEvent(TreatyEventKind kind, LocalDate date, DepositKind depositKind, String source, boolean shipped,
        String recordedBy, OffsetDateTime recordedAt, String correctionReason) {
}

package org.ccmdesk.registration;

import java.time.OffsetDateTime;

import org.ccmdesk.states.Party;

/**
 * One person's registration for one meeting: their role in the delegation, whether they agree to
 * appear on the public list, whether they ask for a visa letter, and where it stands. A
 * registration by the person themself is {@code confirmed} once their focal point (or the
 * secretariat) confirms it; one added by the secretariat after the window closed is {@code late}.
 */
public record Registration(long id, long participantId, long meetingId, Party delegation, DelegationRole role,
        boolean publicConsent, boolean visaLetterRequested, RegistrationStatus status, boolean confirmed, boolean late,
        String reason, String submittedBy, OffsetDateTime submittedAt, String decidedBy, OffsetDateTime decidedAt) {
}

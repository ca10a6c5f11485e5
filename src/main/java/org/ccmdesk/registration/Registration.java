package org.ccmdesk.registration;

import java.time.OffsetDateTime;

import org.ccmdesk.states.Party;
import org.ccmdesk.system.RuleViolation;
import org.ccmdesk.system.StatusConflict;

/**
 * One person's registration for one meeting: their role in the delegation, whether they
 * agree to appear on the public list, whether they ask for a visa letter, and where it
 * stands. A registration by the person themself is {@code confirmed} once their focal
 * point (or the secretariat) confirms it; one added by the secretariat after the window
 * closed is {@code late}. Each change of status answers the changed registration, or
 * refuses with a {@link RuleViolation} when the registration is not in a status that
 * allows it.
 */
record Registration(long id, long participantId, long meetingId, Party delegation, DelegationRole role,
        boolean publicConsent, boolean visaLetterRequested, RegistrationStatus status, boolean confirmed, boolean late,
        String reason, String submittedBy, OffsetDateTime submittedAt, String decidedBy, OffsetDateTime decidedAt) {

    private static final int REASON_MAX_LENGTH = 1000;

    /** The secretariat approves a submitted registration, which confirms it too. */
    Registration approve(String by, OffsetDateTime at) {
        return decided(status.approve(), true, null, by, at);
    }

    /** The secretariat rejects a submitted or approved registration, saying why. */
    Registration reject(String why, String by, OffsetDateTime at) {
        if (why == null || why.isBlank()) {
            throw new RuleViolation("reason", "registration.reasonRequired");
        }
        if (why.length() > REASON_MAX_LENGTH) {
            throw new RuleViolation("reason", "registration.reasonTooLong");
        }
        return decided(status.reject(), confirmed, why.trim(), by, at);
    }

    /**
     * The person, their focal point or the secretariat withdraws a submitted or approved
     * registration.
     */
    Registration withdraw(String by, OffsetDateTime at) {
        return decided(status.withdraw(), confirmed, null, by, at);
    }

    /**
     * The focal point confirms a submitted registration; confirming it again changes
     * nothing.
     */
    Registration confirm() {
        return copy(role, publicConsent, visaLetterRequested, status.confirm(), true, late, reason, submittedBy,
                submittedAt, decidedBy, decidedAt);
    }

    /**
     * A withdrawn registration is submitted again, as new: the person changed their mind.
     */
    Registration resubmit(DelegationRole newRole, boolean consent, boolean visaLetter, boolean confirmedNow,
            boolean lateNow, String by, OffsetDateTime at) {
        return copy(newRole, consent, visaLetter, status.resubmit(), confirmedNow, lateNow, null, by, at, null, null);
    }

    /**
     * How a change of status from {@code from} is refused, also when someone else changed
     * it meanwhile.
     */
    static StatusConflict cannotChange(RegistrationStatus from) {
        return new StatusConflict(from.name(), "registration.cannotChange", from.name());
    }

    private Registration decided(RegistrationStatus next, boolean confirmedNow, String why, String by,
            OffsetDateTime at) {
        return copy(role, publicConsent, visaLetterRequested, next, confirmedNow, late, why, submittedBy, submittedAt,
                by, at);
    }

    private Registration copy(DelegationRole newRole, boolean consent, boolean visaLetter, RegistrationStatus newStatus,
            boolean confirmedNow, boolean lateNow, String why, String by, OffsetDateTime at, String decider,
            OffsetDateTime decided) {
        return new Registration(id, participantId, meetingId, delegation, newRole, consent, visaLetter, newStatus,
                confirmedNow, lateNow, why, by, at, decider, decided);
    }
}

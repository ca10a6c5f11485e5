package org.ccmdesk.registration;

import java.util.List;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

/**
 * Registering one person (their profile) for a meeting and, ticked, the other meetings of
 * its series that CCM Desk registers for: one registration each.
 */
record RegisterForm(@NotNull Long participantId, @NotNull DelegationRole role, Boolean publicConsent,
        Boolean visaLetterRequested, @NotEmpty List<Long> meetingIds) {

    static RegisterForm forParticipant(Long participantId, long meetingId) {
        return new RegisterForm(participantId, null, false, false, List.of(meetingId));
    }

    boolean consents() {
        return Boolean.TRUE.equals(publicConsent);
    }

    boolean wantsVisaLetter() {
        return Boolean.TRUE.equals(visaLetterRequested);
    }
}

package org.ccmdesk.registration;

import org.ccmdesk.states.Party;

/**
 * One person's registration for a meeting, as other modules see it (the sponsorship
 * programme): who, for which delegation, and where the registration stands
 * ({@code SUBMITTED}, {@code APPROVED}, {@code REJECTED} or {@code WITHDRAWN}). No
 * passport details. {@code gender} is {@code WOMAN}, {@code MAN}, {@code OTHER} or null.
 */
public record RegisteredPerson(long registrationId, long meetingId, long participantId, Party delegation,
        String givenNames, String familyName, String email, String gender, String language, String status) {

    public String name() {
        return givenNames + " " + familyName;
    }

    /** Submitted or approved: the person is still coming. */
    public boolean active() {
        return "SUBMITTED".equals(status) || "APPROVED".equals(status);
    }

}

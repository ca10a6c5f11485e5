package org.ccmdesk.registration;

/**
 * A registration was withdrawn (by the person, their focal point or the secretariat); the
 * fields are those of {@link RegistrationReceived}.
 */
public record RegistrationWithdrawn(long registrationId, long meetingId, String email, String name, String language,
        String party) {
}

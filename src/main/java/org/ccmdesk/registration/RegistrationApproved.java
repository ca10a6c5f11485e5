package org.ccmdesk.registration;

/**
 * The secretariat approved a registration; the fields are those of
 * {@link RegistrationReceived}.
 */
public record RegistrationApproved(long registrationId, long meetingId, String email, String name, String language,
        String party) {
}

package org.ccmdesk.registration;

/**
 * The secretariat rejected a registration, saying why ({@code reason}, as written); the
 * other fields are those of {@link RegistrationReceived}.
 */
public record RegistrationRejected(long registrationId, long meetingId, String email, String name, String language,
        String party, String reason) {
}

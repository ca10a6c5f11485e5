package org.ccmdesk.registration;

/**
 * A visa support letter became available to download from
 * {@code /registrations/<registrationId>/visa-letter.pdf}: the registration is approved,
 * asked for one, and the profile has passport details. The event names no passport
 * detail; the fields are those of {@link RegistrationReceived}.
 */
public record VisaLetterReady(long registrationId, long meetingId, String email, String name, String language,
        String party) {
}

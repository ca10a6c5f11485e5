package org.ccmdesk.registration;

/**
 * A person was registered for a meeting (or registered again after withdrawing): who
 * ({@code email}, {@code name} with their title, the {@code language} they read messages
 * in), for which meeting, with which delegation ({@code party}, a {@code Party} key such
 * as {@code FRA} or {@code org-12}).
 */
public record RegistrationReceived(long registrationId, long meetingId, String email, String name, String language,
        String party) {
}

package org.ccmdesk.sponsorship;

/**
 * An offer was not answered by its expiry: its unanswered items ({@code TRAVEL,DSA})
 * lapsed and their money went back to available.
 */
public record SponsorshipLapsed(long offerId, long applicationId, long meetingId, long registrationId, String email,
        String name, String language, String iso3, String items) {
}

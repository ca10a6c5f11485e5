package org.ccmdesk.sponsorship;

/**
 * An item of an offer was declined, with the reason given; its money went back to
 * available.
 */
public record SponsorshipDeclined(long offerId, long applicationId, long meetingId, long registrationId, String email,
        String name, String language, String iso3, String kind, String reason) {
}

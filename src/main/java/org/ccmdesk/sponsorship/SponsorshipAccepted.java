package org.ccmdesk.sponsorship;

/**
 * An item of an offer was accepted; the fields are those of {@link SponsorshipOffered}.
 */
public record SponsorshipAccepted(long offerId, long applicationId, long meetingId, long registrationId, String email,
        String name, String language, String iso3, String kind) {
}

package org.ccmdesk.sponsorship;

import java.time.LocalDate;

/**
 * An offer was made: to whom (the person, their language and their state, whose focal
 * points are told too), for which meeting, the items offered
 * ({@code TRAVEL=1200.00,DSA=...} in CHF) and until when it may be answered.
 */
public record SponsorshipOffered(long offerId, long applicationId, long meetingId, long registrationId, String email,
        String name, String language, String iso3, String items, LocalDate expires) {
}

package org.ccmdesk.sponsorship;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/**
 * The call for applications of one meeting: open from {@code opens} to {@code closes},
 * the rates (CHF) from which an application's estimates are filled in, the sponsored
 * places per delegation, the conditions, the current round of offers and the states not
 * party invited for universalisation.
 */
record SponsorshipCall(long meetingId, int year, LocalDate opens, LocalDate closes, BigDecimal dsaRate,
        BigDecimal hotelRate, BigDecimal travelEstimate, int placesPerDelegation, String conditions, int round,
        Set<String> invitees) {

    SponsorshipCall {
        invitees = Set.copyOf(invitees);
    }

    public boolean openOn(LocalDate day) {
        return !day.isBefore(opens) && !day.isAfter(closes);
    }

}

package org.ccmdesk.sponsorship;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One application for one registered person: what is asked (an air ticket from a city,
 * DSA for a number of days, a hotel for a number of nights, each with its estimated cost
 * in CHF), the motivation, the eligibility and priority computed when it was made, and
 * its outcome. {@code withdrawalFlagged} when the registration was withdrawn afterwards.
 */
record Application(long id, long meetingId, long registrationId, String iso3, String travelFrom,
        BigDecimal travelAmount, int dsaDays, BigDecimal dsaAmount, int hotelNights, BigDecimal hotelAmount,
        String motivation, boolean eligible, List<Reason> eligibilityReasons, int priority,
        List<Reason> priorityReasons, Outcome outcome, boolean withdrawalFlagged, String appliedBy,
        OffsetDateTime appliedAt) {

    /** What is asked, by kind; kinds not asked for are left out. */
    public Map<CostKind, BigDecimal> asked() {
        Map<CostKind, BigDecimal> asked = new EnumMap<>(CostKind.class);
        put(asked, CostKind.TRAVEL, travelAmount);
        put(asked, CostKind.DSA, dsaAmount);
        put(asked, CostKind.HOTEL, hotelAmount);
        return asked;
    }

    public BigDecimal requested() {
        return travelAmount.add(dsaAmount).add(hotelAmount);
    }

    private static void put(Map<CostKind, BigDecimal> map, CostKind kind, BigDecimal amount) {
        if (amount.signum() > 0) {
            map.put(kind, amount);
        }
    }

}

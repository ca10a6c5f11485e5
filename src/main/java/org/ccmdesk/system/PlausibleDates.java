package org.ccmdesk.system;

import java.time.LocalDate;

/**
 * The dates CCM Desk accepts from a request: 1900 to 2200. Every date here is a treaty
 * fact, a deadline, a meeting or a birth; a year like +999999999 is a typo or a probe,
 * and date arithmetic on it overflows.
 */
public final class PlausibleDates {

    public static final LocalDate FIRST = LocalDate.of(1900, 1, 1);

    public static final LocalDate LAST = LocalDate.of(2200, 12, 31);

    private PlausibleDates() {
    }

    public static boolean contains(LocalDate date) {
        return date == null || (!date.isBefore(FIRST) && !date.isAfter(LAST));
    }

}

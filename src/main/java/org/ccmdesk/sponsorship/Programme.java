package org.ccmdesk.sponsorship;

import java.math.BigDecimal;

/**
 * A programme year and its settings: whether pledged funds count as available, whether
 * "Lower middle income" states are eligible, and how many reviews each application needs;
 * with the running totals in CHF.
 */
record Programme(int year, boolean countPledged, boolean lowerMiddleIncome, int reviewsRequired, BigDecimal counted,
        BigDecimal committed, BigDecimal spent) {

    public BigDecimal available() {
        return counted.subtract(committed).subtract(spent);
    }

}

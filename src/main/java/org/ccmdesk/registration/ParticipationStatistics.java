package org.ccmdesk.registration;

/**
 * The participation figures the Convention's meetings publish, of the approved
 * participants of a meeting: by gender (as the people chose to say) and how many asked
 * for accessibility arrangements. Counts only, never names.
 */
record ParticipationStatistics(int approved, int women, int men, int other, int notSaid, int withAccessibilityNeeds) {

    /**
     * Women's share of those who said their gender, in whole percent; 0 when nobody did.
     */
    public int womenPercent() {
        int said = women + men + other;
        return said == 0 ? 0 : Math.round(100f * women / said);
    }
}

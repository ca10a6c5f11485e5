package org.ccmdesk.sponsorship;

import java.time.LocalDate;
import java.util.List;

import org.ccmdesk.states.TreatyStatus;

/**
 * What eligibility and priority are computed from, for one state as of a meeting's first
 * day: its World Bank income group (of the fiscal year covering that day, or the latest
 * known before it: {@code fiscalYear}), the facts recorded as yes (contamination,
 * stockpiles, victims), its treaty status, whether the programme invites it for
 * universalisation, its Article 3 and 4 deadlines from its entry into force, whether it
 * has an extension request before the meeting, and whether its delegation was sponsored
 * at the last two meetings.
 */
record StateFacts(String iso3, LocalDate on, String incomeGroup, String fiscalYear, List<String> affectedBy,
        TreatyStatus status, boolean invitedForUniversalisation, List<Deadline> deadlines, boolean extensionRequest,
        boolean sponsoredRecently) {

    static final String LOW_INCOME = "Low income";

    static final String LOWER_MIDDLE_INCOME = "Lower middle income";

    StateFacts {
        affectedBy = List.copyOf(affectedBy);
        deadlines = List.copyOf(deadlines);
    }

    boolean affected() {
        return !affectedBy.isEmpty();
    }

    boolean party() {
        return status == TreatyStatus.IN_FORCE || status == TreatyStatus.RATIFIED_NOT_IN_FORCE;
    }

    /** An Article 3 or 4 deadline not yet met: the rule and the date. */
    record Deadline(String rule, LocalDate due) {
    }

}

package org.ccmdesk.briefings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.ccmdesk.obligations.Obligation;
import org.ccmdesk.obligations.ObligationStatus;

/**
 * One line of the memo's obligations table: the obligation, its source, its deadline and
 * where it stands ({@link Standing}). "No record" (a deadline before the day CCM Desk's
 * records are complete, with nothing recorded) is kept apart from overdue: it says
 * nothing against the state.
 */
record MemoObligation(String title, String source, String theme, LocalDate dueDate, Standing standing,
        LocalDate metOn) {

    enum Standing {

        OVERDUE, NO_RECORD, DUE_WITHIN_A_YEAR, MET;

        public String messageKey() {
            return "briefing.standing." + name();
        }

    }

    /**
     * The obligations the memo lists: overdue (or with no record), due within a year of
     * the date, or met since the last meeting ({@code since}, null when there is none).
     * {@code recordsCompleteFrom}: deadlines before it with nothing recorded have no
     * record (null: the records are taken as complete).
     */
    static List<MemoObligation> select(List<Obligation> obligations, LocalDate asOf, LocalDate since,
            LocalDate recordsCompleteFrom) {
        List<MemoObligation> rows = new ArrayList<>();
        for (Obligation o : obligations) {
            Standing standing = standing(o, asOf, since, recordsCompleteFrom);
            if (standing != null) {
                rows.add(new MemoObligation(o.title(), o.source(), o.themeName(), o.dueDate(), standing, o.metOn()));
            }
        }
        return rows;
    }

    private static Standing standing(Obligation o, LocalDate asOf, LocalDate since, LocalDate recordsCompleteFrom) {
        if (o.status() == ObligationStatus.NOT_APPLICABLE) {
            return null;
        }
        if (o.metOn() != null) {
            return since != null && !o.metOn().isBefore(since) ? Standing.MET : null;
        }
        if (o.status() == ObligationStatus.NO_RECORD) {
            // before the date from which the records of its rule are complete: not a
            // failure of the state
            return Standing.NO_RECORD;
        }
        if (o.status() == ObligationStatus.UNKNOWN) {
            return null;
        }
        if (o.status() == ObligationStatus.OVERDUE) {
            return recordsCompleteFrom != null && o.dueDate().isBefore(recordsCompleteFrom) ? Standing.NO_RECORD
                    : Standing.OVERDUE;
        }
        if (o.dueDate() != null && !o.dueDate().isAfter(asOf.plusYears(1))) {
            return Standing.DUE_WITHIN_A_YEAR;
        }
        return null;
    }

}

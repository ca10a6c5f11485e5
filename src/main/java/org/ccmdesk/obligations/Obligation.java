package org.ccmdesk.obligations;

import java.time.LocalDate;

/**
 * One obligation instance of one state as of a date: the shape of the obligations API.
 * {@code dueDate} is the current deadline (moved by granted extensions),
 * {@code originalDueDate} the one computed from entry into force; {@code unconfirmed}
 * when applicability is UNKNOWN.
 */
public record Obligation(String iso3, String rule, String instance, String source, Theme theme, String title,
        Applicability applicability, boolean unconfirmed, LocalDate dueDate, LocalDate originalDueDate,
        ObligationStatus status, LocalDate metOn, Boolean verified, Boolean reportedByState, Long fulfilmentId) {

    /** Days past the deadline on {@code asOf}, for overdue ones. */
    public long daysOverdue(LocalDate asOf) {
        return dueDate == null ? 0 : java.time.temporal.ChronoUnit.DAYS.between(dueDate, asOf);
    }

    /** The theme's name (e.g. {@code TRANSPARENCY}), for modules that only read. */
    public String themeName() {
        return theme == null ? null : theme.name();
    }

    /**
     * Whether the obligation applies to the state (APPLIES, not unknown or not
     * applicable).
     */
    public boolean applies() {
        return applicability == Applicability.APPLIES;
    }

}

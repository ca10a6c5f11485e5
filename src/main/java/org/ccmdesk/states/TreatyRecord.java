package org.ccmdesk.states;

import java.time.LocalDate;

/**
 * The treaty events of one state: each date is {@code null} when it has not happened (or is not
 * recorded). Everything else about the state's standing is derived from these as of a date.
 */
public record TreatyRecord(LocalDate signature, LocalDate deposit, DepositKind depositKind, LocalDate withdrawal) {

    public static final TreatyRecord NONE = new TreatyRecord(null, null, null, null);

    /**
     * The record as it stood on {@code date}: events after that date had not happened yet. The
     * entry into force of an instrument deposited by then is kept even when it falls later, since
     * it was already determined (Art. 17).
     */
    public TreatyRecord knownOn(LocalDate date) {
        return new TreatyRecord(onOrBefore(signature, date) ? signature : null,
                onOrBefore(deposit, date) ? deposit : null,
                onOrBefore(deposit, date) ? depositKind : null,
                onOrBefore(withdrawal, date) ? withdrawal : null);
    }

    public LocalDate entryIntoForce() {
        return deposit == null ? null : Article17EntryIntoForce.forDeposit(deposit);
    }

    public TreatyStatus statusOn(LocalDate date) {
        if (onOrBefore(withdrawal, date)) {
            return TreatyStatus.WITHDRAWN;
        }
        if (onOrBefore(deposit, date)) {
            return onOrBefore(entryIntoForce(), date) ? TreatyStatus.IN_FORCE : TreatyStatus.RATIFIED_NOT_IN_FORCE;
        }
        return onOrBefore(signature, date) ? TreatyStatus.SIGNATORY : TreatyStatus.NOT_SIGNATORY;
    }

    private static boolean onOrBefore(LocalDate event, LocalDate date) {
        return event != null && !event.isAfter(date);
    }
}

package org.ccmdesk.states;

import java.time.LocalDate;

import org.ccmdesk.system.RuleViolation;

/**
 * The treaty events of one state: each date is {@code null} when it has not happened (or
 * is not recorded). Everything else about the state's standing is derived from these as
 * of a date, and an event is recorded or corrected only as the Convention allows (Art.
 * 15: signature until entry into force; Art. 16: ratification, acceptance or approval by
 * a signatory, accession by a state that has not signed; Art. 20: withdrawal of a
 * deposited instrument).
 */
public record TreatyRecord(LocalDate signature, LocalDate deposit, DepositKind depositKind, LocalDate withdrawal) {

    public static final TreatyRecord NONE = new TreatyRecord(null, null, null, null);

    static final LocalDate OPENED_FOR_SIGNATURE = LocalDate.of(2008, 12, 3);

    /**
     * The record as it stood on {@code date}: events after that date had not happened
     * yet. The entry into force of an instrument deposited by then is kept even when it
     * falls later, since it was already determined (Art. 17).
     */
    public TreatyRecord knownOn(LocalDate date) {
        return new TreatyRecord(onOrBefore(signature, date) ? signature : null,
                onOrBefore(deposit, date) ? deposit : null, onOrBefore(deposit, date) ? depositKind : null,
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

    /** The date of the state's event of that kind, {@code null} when none is recorded. */
    LocalDate dateOf(TreatyEventKind kind) {
        return switch (kind) {
            case SIGNATURE -> signature;
            case DEPOSIT -> deposit;
            case WITHDRAWAL -> withdrawal;
        };
    }

    /**
     * The record with a new event; a {@link RuleViolation} when one of that kind is
     * already recorded or the Convention refuses it.
     */
    TreatyRecord recording(TreatyEventKind kind, LocalDate date, DepositKind kindOfDeposit, LocalDate today) {
        if (dateOf(kind) != null) {
            throw new RuleViolation("kind", "treatyFact.alreadyRecorded");
        }
        return checked(kind, date, kindOfDeposit, today);
    }

    /**
     * The record with a recorded event's date (and kind of instrument) corrected, checked
     * as a new one would be.
     */
    TreatyRecord correcting(TreatyEventKind kind, LocalDate date, DepositKind kindOfDeposit, LocalDate today) {
        if (dateOf(kind) == null) {
            throw new RuleViolation("date", "treatyFact.nothingToCorrect");
        }
        return checked(kind, date, kindOfDeposit, today);
    }

    private TreatyRecord checked(TreatyEventKind kind, LocalDate date, DepositKind kindOfDeposit, LocalDate today) {
        if (date.isAfter(today)) {
            throw new RuleViolation("date", "treatyFact.dateInFuture");
        }
        TreatyRecord next = with(kind, date, kindOfDeposit);
        switch (kind) {
            case SIGNATURE -> next.checkSignature();
            case DEPOSIT -> next.checkDeposit();
            case WITHDRAWAL -> next.checkWithdrawal();
        }
        return next;
    }

    private TreatyRecord with(TreatyEventKind kind, LocalDate date, DepositKind kindOfDeposit) {
        return switch (kind) {
            case SIGNATURE -> new TreatyRecord(date, deposit, depositKind, withdrawal);
            case DEPOSIT -> new TreatyRecord(signature, date, kindOfDeposit, withdrawal);
            case WITHDRAWAL -> new TreatyRecord(signature, deposit, depositKind, date);
        };
    }

    /**
     * Art. 15: open for signature from 3 December 2008 until the Convention entered into
     * force.
     */
    private void checkSignature() {
        if (signature.isBefore(OPENED_FOR_SIGNATURE)
                || !signature.isBefore(Article17EntryIntoForce.CONVENTION_IN_FORCE)) {
            throw new RuleViolation("date", "treatyFact.signatureOutsidePeriod");
        }
        if (deposit != null && deposit.isBefore(signature)) {
            throw new RuleViolation("date", "treatyFact.signatureAfterDeposit");
        }
    }

    /**
     * Art. 16: ratification, acceptance or approval follows a signature (the same day is
     * enough); accession replaces it.
     */
    private void checkDeposit() {
        if (depositKind == null) {
            throw new RuleViolation("depositKind", "treatyFact.depositKindRequired");
        }
        if (deposit.isBefore(OPENED_FOR_SIGNATURE)) {
            throw new RuleViolation("date", "treatyFact.beforeOpening");
        }
        if (depositKind == DepositKind.ACCESSION && signature != null) {
            throw new RuleViolation("depositKind", "treatyFact.accessionBySignatory");
        }
        if (depositKind != DepositKind.ACCESSION && (signature == null || signature.isAfter(deposit))) {
            throw new RuleViolation("date", "treatyFact.depositBeforeSignature");
        }
        if (withdrawal != null && !withdrawal.isAfter(deposit)) {
            throw new RuleViolation("date", "treatyFact.depositAfterWithdrawal");
        }
    }

    /**
     * Art. 20: only a state that deposited an instrument withdraws, and it takes effect
     * after the deposit.
     */
    private void checkWithdrawal() {
        if (deposit == null || !withdrawal.isAfter(deposit)) {
            throw new RuleViolation("date", "treatyFact.withdrawalWithoutDeposit");
        }
    }
}

package org.ccmdesk.sponsorship;

import java.math.BigDecimal;

/**
 * The money of one programme year in CHF: funds received and pledged, the funds counted
 * (received, plus pledged when the programme's setting says so), committed (items offered
 * or accepted) and spent (items paid). The invariant is committed + spent &lt;= counted;
 * {@link #commit} refuses an amount that would break it.
 */
record ProgrammeTotals(int year, boolean countPledged, BigDecimal received, BigDecimal pledged, BigDecimal committed,
        BigDecimal spent) {

    static ProgrammeTotals empty(int year, boolean countPledged) {
        return new ProgrammeTotals(year, countPledged, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO);
    }

    public BigDecimal counted() {
        return countPledged ? received.add(pledged) : received;
    }

    public BigDecimal available() {
        return counted().subtract(committed).subtract(spent);
    }

    /** How much is missing to commit {@code amount}: zero when it is there. */
    BigDecimal shortfall(BigDecimal amount) {
        BigDecimal missing = amount.subtract(available());
        return missing.signum() > 0 ? missing : Money.ZERO;
    }

    /** The totals after committing {@code amount}, or the refusal with the shortfall. */
    ProgrammeTotals commit(BigDecimal amount) {
        BigDecimal missing = shortfall(amount);
        if (missing.signum() > 0) {
            throw new InsufficientFunds(missing, available());
        }
        return new ProgrammeTotals(year, countPledged, received, pledged, committed.add(amount), spent);
    }

    /** The totals after an item of {@code amount} is declined or lapses. */
    ProgrammeTotals release(BigDecimal amount) {
        return new ProgrammeTotals(year, countPledged, received, pledged, committed.subtract(amount), spent);
    }

    /**
     * The totals after an item committed at {@code amount} was paid {@code paid}: the
     * difference goes back to available; paying more than committed needs the money too.
     */
    ProgrammeTotals pay(BigDecimal amount, BigDecimal paid) {
        ProgrammeTotals released = release(amount);
        if (released.shortfall(paid).signum() > 0) {
            throw new InsufficientFunds(released.shortfall(paid), released.available());
        }
        return new ProgrammeTotals(year, countPledged, received, pledged, released.committed, spent.add(paid));
    }

    /** Whether the totals keep the invariant (after funds or a setting changed). */
    boolean balanced() {
        return available().signum() >= 0;
    }

}

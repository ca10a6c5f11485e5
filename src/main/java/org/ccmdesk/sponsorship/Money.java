package org.ccmdesk.sponsorship;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.ccmdesk.system.RuleViolation;

/** Amounts in CHF: two decimals, never negative, converted with the recorded rate. */
final class Money {

    static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    /** The largest amount a {@code numeric(14,2)} column holds. */
    static final BigDecimal MAX = new BigDecimal("999999999999.99");

    private Money() {
    }

    static BigDecimal chf(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_EVEN);
    }

    /** {@code amount} in a currency at {@code rate} CHF per unit, to the centime. */
    static BigDecimal toChf(BigDecimal amount, FundCurrency currency, BigDecimal rate) {
        if (currency == FundCurrency.CHF && rate.compareTo(BigDecimal.ONE) != 0) {
            throw new RuleViolation("rate", "sponsorship.rateChf");
        }
        return chf(amount.multiply(rate));
    }

    /**
     * An amount entered by a person: positive (or zero when {@code zeroAllowed}), at most
     * two decimals, within what the ledger holds.
     */
    static BigDecimal entered(String field, BigDecimal amount, boolean zeroAllowed) {
        if (amount == null) {
            throw new RuleViolation(field, "sponsorship.amountRequired");
        }
        if (amount.signum() < 0 || (!zeroAllowed && amount.signum() == 0)) {
            throw new RuleViolation(field, "sponsorship.amountPositive");
        }
        if (amount.stripTrailingZeros().scale() > 2 || amount.compareTo(MAX) > 0) {
            throw new RuleViolation(field, "sponsorship.amountFormat");
        }
        return chf(amount);
    }

}

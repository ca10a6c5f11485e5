package org.ccmdesk.sponsorship;

import java.math.BigDecimal;

import org.ccmdesk.system.RuleViolation;

/**
 * An offer (or a payment) refused because the programme's available money does not cover
 * it: {@code shortfall} is what is missing, in CHF. The API answers 409 with it; the page
 * shows it, and the application stays on the waiting list.
 */
public class InsufficientFunds extends RuleViolation {

    private final BigDecimal shortfall;

    private final BigDecimal available;

    public InsufficientFunds(BigDecimal shortfall, BigDecimal available) {
        super("items", "sponsorship.shortfall", shortfall.toPlainString(), available.toPlainString());
        this.shortfall = shortfall;
        this.available = available;
    }

    public BigDecimal shortfall() {
        return shortfall;
    }

    public BigDecimal available() {
        return available;
    }

}

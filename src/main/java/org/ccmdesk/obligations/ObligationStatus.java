package org.ccmdesk.obligations;

/**
 * Where one obligation stands on a date. {@code severity} orders them for "worst status"
 * views. OVERDUE only where the records are complete (see
 * {@code ObligationRule.recordsCompleteFrom}); NO_RECORD and UNKNOWN say what is not
 * known.
 */
public enum ObligationStatus {

    OVERDUE(8), DUE_SOON(7), OPEN(6),
    /**
     * The deadline passed, nothing is recorded, and whether the rule applies is unknown.
     */
    UNKNOWN(5),
    /**
     * The deadline passed and nothing is recorded, but CCM Desk's records of the rule do
     * not cover that deadline: not known to be overdue.
     */
    NO_RECORD(4), MET_LATE(3), NOT_YET_DUE(2), MET(1), NOT_APPLICABLE(0);

    private final int severity;

    ObligationStatus(int severity) {
        this.severity = severity;
    }

    public int severity() {
        return severity;
    }

    /**
     * The badge's classes: the status's own colour, grey for what is not known
     * (Bootstrap's classes, so that no style sheet changes).
     */
    public String badgeClass() {
        return switch (this) {
            case NO_RECORD -> "obligation-NO_RECORD text-bg-secondary";
            case UNKNOWN -> "obligation-UNKNOWN text-bg-light border border-secondary";
            default -> "obligation-" + name();
        };
    }

    /**
     * A sentence that says what the status means (shown beside NO_RECORD and UNKNOWN).
     */
    public String explanationKey() {
        return "obligationStatus." + name() + ".explained";
    }

    public String messageKey() {
        return "obligationStatus." + name();
    }

}

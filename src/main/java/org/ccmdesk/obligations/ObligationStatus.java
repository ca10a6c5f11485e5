package org.ccmdesk.obligations;

/**
 * Where one obligation stands on a date. {@code severity} orders them for "worst status"
 * views.
 */
public enum ObligationStatus {

    OVERDUE(6), DUE_SOON(5), OPEN(4), MET_LATE(3), NOT_YET_DUE(2), MET(1), NOT_APPLICABLE(0);

    private final int severity;

    ObligationStatus(int severity) {
        this.severity = severity;
    }

    public int severity() {
        return severity;
    }

    public String messageKey() {
        return "obligationStatus." + name();
    }

}

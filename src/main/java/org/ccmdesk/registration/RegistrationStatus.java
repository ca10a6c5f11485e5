package org.ccmdesk.registration;

/** Where a registration stands: submitted, then approved or rejected by the secretariat, or withdrawn. */
public enum RegistrationStatus {
    SUBMITTED,
    APPROVED,
    REJECTED,
    WITHDRAWN;

    /** Counts towards the delegation (advice, funnel): not rejected and not withdrawn. */
    boolean isActive() {
        return this == SUBMITTED || this == APPROVED;
    }

    public String messageKey() {
        return "registrationStatus." + name();
    }
}

package org.ccmdesk.registration;

/**
 * Where a registration stands: submitted, then approved or rejected by the secretariat,
 * or withdrawn (and submitted again). Each transition answers the new status or refuses
 * from a status that does not allow it.
 */
enum RegistrationStatus {

    SUBMITTED, APPROVED, REJECTED, WITHDRAWN;

    /** Counts towards the delegation (advice, funnel): not rejected and not withdrawn. */
    boolean isActive() {
        return this == SUBMITTED || this == APPROVED;
    }

    RegistrationStatus approve() {
        return to(APPROVED, SUBMITTED);
    }

    RegistrationStatus reject() {
        return to(REJECTED, SUBMITTED, APPROVED);
    }

    RegistrationStatus withdraw() {
        return to(WITHDRAWN, SUBMITTED, APPROVED);
    }

    /** Confirmation keeps the status; only a submitted registration waits for it. */
    RegistrationStatus confirm() {
        return to(SUBMITTED, SUBMITTED);
    }

    RegistrationStatus resubmit() {
        return to(SUBMITTED, WITHDRAWN);
    }

    private RegistrationStatus to(RegistrationStatus next, RegistrationStatus... from) {
        if (!java.util.List.of(from).contains(this)) {
            throw Registration.cannotChange(this);
        }
        return next;
    }

    public String messageKey() {
        return "registrationStatus." + name();
    }

}

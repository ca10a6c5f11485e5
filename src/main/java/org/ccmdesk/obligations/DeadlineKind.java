package org.ccmdesk.obligations;

/** How a rule's deadline is computed from the state's entry into force. */
enum DeadlineKind {

    DAYS_AFTER_EIF, MONTHS_AFTER_EIF, YEARS_AFTER_EIF,
    /**
     * A fixed date every year after the year of entry into force (e.g. 30 April), one
     * instance per year.
     */
    YEARLY_DATE, NONE;

    public String messageKey() {
        return "deadlineKind." + name();
    }

}

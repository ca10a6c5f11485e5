package org.ccmdesk.obligations;

enum Applicability {

    APPLIES, DOES_NOT_APPLY,
    /**
     * A flag the rule depends on is not known: the deadline is computed but unconfirmed.
     */
    UNKNOWN;

    public String messageKey() {
        return "applicability." + name();
    }

}

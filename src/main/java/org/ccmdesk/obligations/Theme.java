package org.ccmdesk.obligations;

/**
 * The themes of the obligations, in the order of the Convention and the Vientiane Action
 * Plan.
 */
enum Theme {

    UNIVERSALISATION, STOCKPILE_DESTRUCTION, CLEARANCE_AND_RISK_REDUCTION, VICTIM_ASSISTANCE,
    COOPERATION_AND_ASSISTANCE, TRANSPARENCY, NATIONAL_IMPLEMENTATION, COMPLIANCE;

    public String messageKey() {
        return "theme." + name();
    }

}

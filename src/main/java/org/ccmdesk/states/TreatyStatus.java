package org.ccmdesk.states;

/** Where a state stands towards the Convention on a given date. */
public enum TreatyStatus {

    NOT_SIGNATORY, SIGNATORY, RATIFIED_NOT_IN_FORCE, IN_FORCE, WITHDRAWN;

    /** "States Parties" in published counts: instrument deposited and not withdrawn. */
    public boolean isStateParty() {
        return this == IN_FORCE || this == RATIFIED_NOT_IN_FORCE;
    }

    /** Key of the label in messages.properties. */
    public String messageKey() {
        return "status." + name();
    }

}

package org.ccmdesk.states;

/** The facts about a state that decide which obligations apply to it. */
public enum StateFlag {

    HELD_STOCKPILES_AT_EIF, CONTAMINATED_AT_EIF, HAS_VICTIMS;

    public String messageKey() {
        return "flag." + name();
    }

}

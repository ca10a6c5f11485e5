package org.ccmdesk.obligations;

/** To which States Parties a rule applies, by their flags. */
enum AppliesTo {

    ALL, HELD_STOCKPILES, CONTAMINATED, HAS_VICTIMS,
    /** Held stockpiles, contaminated or has victims. */
    AFFECTED;

    public String messageKey() {
        return "appliesTo." + name();
    }

}

package org.ccmdesk.obligations;

/** To which States Parties a rule applies, by their flags. */
public enum AppliesTo {
    ALL,
    HELD_STOCKPILES,
    CONTAMINATED,
    HAS_VICTIMS,
    /** Held stockpiles, contaminated or has victims. */
    AFFECTED;

    public String messageKey() {
        return "appliesTo." + name();
    }
}

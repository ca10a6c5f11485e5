package org.ccmdesk.sponsorship;

/** What became of an application; each change is kept in its history. */
public enum Outcome {

    ELIGIBLE, INELIGIBLE, SHORTLISTED, OFFERED, WAITING_LIST, NOT_SELECTED;

    /** The secretariat may make an offer: eligible and not already holding one. */
    public boolean canBeOffered() {
        return this == ELIGIBLE || this == SHORTLISTED || this == WAITING_LIST || this == NOT_SELECTED;
    }

    /** The outcomes the secretariat sets by hand on an eligible application. */
    public boolean setByHand() {
        return this == SHORTLISTED || this == WAITING_LIST || this == NOT_SELECTED;
    }

    public String messageKey() {
        return "sponsorship.outcome." + name();
    }

}

package org.ccmdesk.sponsorship;

/** A contribution promised, or in the programme's account. */
public enum FundStatus {

    PLEDGED, RECEIVED;

    public String messageKey() {
        return "sponsorship.fundStatus." + name();
    }

}

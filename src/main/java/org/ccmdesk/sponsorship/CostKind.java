package org.ccmdesk.sponsorship;

/** What an item of an application or an offer pays for. */
public enum CostKind {

    TRAVEL, DSA, HOTEL;

    public String messageKey() {
        return "sponsorship.cost." + name();
    }

}

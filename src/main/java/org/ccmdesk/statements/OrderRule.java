package org.ccmdesk.statements;

/** How a meeting orders its speakers' lists. */
public enum OrderRule {

    /** By time of inscription. */
    BY_TIME,
    /**
     * States Parties, signatories, states not party (as of the meeting's first day),
     * international organisations, civil society; by time within a group.
     */
    GROUPED;

    public String messageKey() {
        return "orderRule." + name();
    }

}

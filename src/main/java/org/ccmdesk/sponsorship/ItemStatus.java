package org.ccmdesk.sponsorship;

/**
 * Where an item of an offer stands. Offered and accepted items commit money; a paid one
 * is spent (what was paid, not what was offered); declined and lapsed ones release it.
 */
public enum ItemStatus {

    OFFERED, ACCEPTED, DECLINED, LAPSED, PAID;

    public boolean commits() {
        return this == OFFERED || this == ACCEPTED;
    }

    public String messageKey() {
        return "sponsorship.item." + name();
    }

}

package org.ccmdesk.states;

/**
 * The treaty events recorded for a state; a withdrawal is recorded on the date it takes
 * effect (Art. 20).
 */
enum TreatyEventKind {

    SIGNATURE, DEPOSIT, WITHDRAWAL;

    public String messageKey() {
        return "eventKind." + name();
    }

}

package org.ccmdesk.statements;

/** Where an inscription stands. */
public enum EntryStatus {

    WAITING, SPEAKING, SPOKEN, WITHDRAWN;

    public String messageKey() {
        return "entryStatus." + name();
    }

}

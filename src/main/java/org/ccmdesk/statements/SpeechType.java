package org.ccmdesk.statements;

/** What a speaker asks the floor for; a point of order goes to the top of the list. */
public enum SpeechType {

    STATEMENT, RIGHT_OF_REPLY, POINT_OF_ORDER;

    public String messageKey() {
        return "speechType." + name();
    }

}

package org.ccmdesk.meetings;

/** Registration for a meeting on a date. */
public enum RegistrationState {

    /** Registered elsewhere (a related meeting of another body). */
    ELSEWHERE,
    /** No registration window recorded yet. */
    NOT_SET, NOT_YET_OPEN, OPEN, CLOSED, CANCELLED;

    public String messageKey() {
        return "registrationState." + name();
    }

}

package org.ccmdesk.invitations;

import org.ccmdesk.system.StatusConflict;

/**
 * Where an invitation stands: prepared, sent through the mission, then answered one way
 * or the other. Each move answers the new status or refuses, with the status it is in,
 * from one that does not allow it.
 */
enum InvitationStatus {

    PREPARED, SENT, ACKNOWLEDGED, DECLINED;

    /** Not answered yet: the invitee may be reminded. */
    public boolean isOpen() {
        return this == PREPARED || this == SENT;
    }

    /** Sent once: a second "sent" would overwrite the date it went. */
    InvitationStatus send() {
        if (this == PREPARED) {
            return SENT;
        }
        throw new StatusConflict(name(), isOpen() ? "invitation.alreadySent" : "invitation.alreadyAnswered");
    }

    /**
     * The invitee acknowledges or declines, also before the letter is marked sent (it may
     * have gone by e-mail); the first answer stands.
     */
    InvitationStatus answer(InvitationStatus answer) {
        if (answer != ACKNOWLEDGED && answer != DECLINED) {
            throw new IllegalArgumentException("not an answer: " + answer);
        }
        if (!isOpen()) {
            throw new StatusConflict(name(), "invitation.alreadyAnswered");
        }
        return answer;
    }

    /** A reminder keeps the status; an answered invitation needs none. */
    InvitationStatus remind() {
        if (!isOpen()) {
            throw new StatusConflict(name(), "invitation.alreadyAnswered");
        }
        return this;
    }

    public String messageKey() {
        return "invitationStatus." + name();
    }

}

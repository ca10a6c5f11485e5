package org.ccmdesk.invitations;

/**
 * Where an invitation stands: prepared, sent through the mission, then answered one way
 * or the other.
 */
enum InvitationStatus {

    PREPARED, SENT, ACKNOWLEDGED, DECLINED;

    /** Not answered yet: the invitee may be reminded. */
    public boolean isOpen() {
        return this == PREPARED || this == SENT;
    }

    public String messageKey() {
        return "invitationStatus." + name();
    }

}

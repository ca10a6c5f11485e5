package org.ccmdesk.invitations;

/** One invitation's letter as PDF, with the file name it is sent under. */
public record InvitationLetter(long invitationId, String fileName, byte[] pdf) {
}

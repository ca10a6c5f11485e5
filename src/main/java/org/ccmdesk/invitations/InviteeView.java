package org.ccmdesk.invitations;

/**
 * An invitation as the pages show it: with the invitee's name in the reader's language
 * and its group.
 */
record InviteeView(Invitation invitation, String name, StatusGroup group, String region) {
}

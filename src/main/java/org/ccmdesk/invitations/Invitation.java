package org.ccmdesk.invitations;

import java.time.LocalDate;

import org.ccmdesk.states.Party;

/**
 * An invitation of one invitee (a state or an organisation) to one meeting, with the
 * address it goes to, the language and signatory of its letter, and its answer. One per
 * invitee and meeting. {@code channelCustom}: the secretariat typed the address, which
 * then replaces the one that follows from the state's mission.
 */
record Invitation(long id, long meetingId, Party invitee, String channel, String language, String signatoryName,
        String signatoryTitle, LocalDate letterDate, LocalDate sentOn, LocalDate answeredOn, InvitationStatus status,
        int reminders, LocalDate lastReminder, boolean channelCustom) {

    public boolean isState() {
        return invitee.isState();
    }
}

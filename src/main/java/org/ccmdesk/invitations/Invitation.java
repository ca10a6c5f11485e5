package org.ccmdesk.invitations;

import java.time.LocalDate;

/**
 * An invitation of one invitee (a state, {@code stateIso3}, or an organisation, {@code organisationId})
 * to one meeting, with the address it goes to, the language and signatory of its letter, and its answer.
 */
public record Invitation(long id, long meetingId, String stateIso3, Long organisationId, String channel, String language,
        String signatoryName, String signatoryTitle, LocalDate letterDate, LocalDate sentOn, LocalDate answeredOn,
        InvitationStatus status, int reminders, LocalDate lastReminder) {

    public boolean isState() {
        return stateIso3 != null;
    }

    /** The key that makes an invitation unique within its meeting. */
    static String inviteeKey(String stateIso3, Long organisationId) {
        return stateIso3 != null ? "STATE:" + stateIso3 : "ORG:" + organisationId;
    }
}

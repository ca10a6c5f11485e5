package org.ccmdesk.invitations;

import java.time.LocalDate;
import java.util.List;

/**
 * A reminder of an invitation not answered was recorded on {@code remindedOn} and goes by
 * e-mail to the invitee's mission addresses (one language per address), published in the
 * transaction that recorded it. {@code party} is {@code FRA} or {@code org-12}.
 */
public record InvitationReminderSent(long invitationId, long meetingId, String meetingName, LocalDate firstDay,
        LocalDate lastDay, String party, LocalDate letterDate, LocalDate sentOn, LocalDate remindedOn,
        List<String> emails, List<String> languages) {

    public InvitationReminderSent {
        emails = List.copyOf(emails);
        languages = List.copyOf(languages);
        if (emails.size() != languages.size()) {
            throw new IllegalArgumentException("one language per address");
        }
    }

}

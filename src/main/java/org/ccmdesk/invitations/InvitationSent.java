package org.ccmdesk.invitations;

import java.time.LocalDate;
import java.util.List;

/**
 * An invitation was sent by e-mail to its invitee's mission addresses: published in the
 * transaction that marked it sent. {@code party} is {@code FRA} or {@code org-12};
 * {@code emails} and {@code languages} go together, one language per address (the
 * language that mission reads; the letter itself is in {@code letterLanguage}).
 */
public record InvitationSent(long invitationId, long meetingId, String meetingName, LocalDate firstDay,
        LocalDate lastDay, String party, LocalDate letterDate, String letterLanguage, LocalDate sentOn,
        List<String> emails, List<String> languages) {

    public InvitationSent {
        emails = List.copyOf(emails);
        languages = List.copyOf(languages);
        if (emails.size() != languages.size()) {
            throw new IllegalArgumentException("one language per address");
        }
    }

}

package org.ccmdesk.notifications;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.ccmdesk.accounts.AccountContact;
import org.ccmdesk.accounts.AccountContacts;
import org.ccmdesk.meetings.Meeting;
import org.ccmdesk.meetings.MeetingService;
import org.ccmdesk.registration.MissingCredentials;
import org.ccmdesk.states.Party;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reminder to the focal points of a delegation that registered for a meeting soon to
 * begin but has not uploaded its credentials ({@link CredentialsReminderRule}; days from
 * {@code ccm.notifications.credentials-reminder-days}). One message per meeting,
 * delegation and focal point, however often it runs.
 */
@Service
class CredentialsReminders {

    static final String KIND = "credentials-reminder";

    private final MeetingService meetings;

    private final MissingCredentials missing;

    private final AccountContacts accounts;

    private final MailQueue queue;

    private final MailNames names;

    private final CredentialsReminderRule rule;

    CredentialsReminders(MeetingService meetings, MissingCredentials missing, AccountContacts accounts, MailQueue queue,
            MailNames names, @Value("${ccm.notifications.credentials-reminder-days:14}") int daysBefore) {
        this.meetings = meetings;
        this.missing = missing;
        this.accounts = accounts;
        this.queue = queue;
        this.names = names;
        this.rule = new CredentialsReminderRule(daysBefore);
    }

    /** Writes the reminders due on {@code today}; answers how many new messages. */
    @Transactional
    int remind(LocalDate today) {
        int written = 0;
        for (Meeting meeting : meetings.all()) {
            if (rule.dueOn(meeting, today)) {
                for (Party party : missing.delegations(meeting.id())) {
                    written += remind(meeting, party);
                }
            }
        }
        return written;
    }

    private int remind(Meeting meeting, Party party) {
        int written = 0;
        String link = names.link("/meetings/" + meeting.id() + "/delegations/" + party.key());
        for (AccountContact focalPoint : accounts.focalPointsOf(party)) {
            Recipient to = Recipient.of(focalPoint.email(), focalPoint.name(), focalPoint.language(),
                    focalPoint.userId());
            Map<String, Object> model = Map.of("meeting", meeting, "dates", names.dates(meeting, to.language()),
                    "delegation", names.party(party, to.language()), "delegationLink", link,
                    MailComposer.SUBJECT_ARGUMENTS, List.of(meeting.name()));
            if (queue
                .enqueue(new OutgoingMessage(KIND + ":" + meeting.id() + ":" + party.key(), KIND, Topic.REGISTRATION,
                        to, model))
                .isPresent()) {
                written++;
            }
        }
        return written;
    }

}

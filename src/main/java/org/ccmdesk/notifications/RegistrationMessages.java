package org.ccmdesk.notifications;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ccmdesk.accounts.AccountContact;
import org.ccmdesk.accounts.AccountContacts;
import org.ccmdesk.meetings.Meeting;
import org.ccmdesk.meetings.MeetingService;
import org.ccmdesk.registration.RegistrationApproved;
import org.ccmdesk.registration.RegistrationReceived;
import org.ccmdesk.registration.RegistrationRejected;
import org.ccmdesk.registration.RegistrationWithdrawn;
import org.ccmdesk.registration.VisaLetterReady;
import org.ccmdesk.states.Party;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Messages about a registration, to the person registered and to the focal points of
 * their delegation, each in their own language: received, approved (with the meeting's
 * calendar file), rejected (with the reason), withdrawn, and the visa letter ready (a
 * link to it, never the letter itself: it holds passport details). The cause is the kind
 * and the registration, so an event handled again sends nothing more; a focal point who
 * is the person receives only the person's message.
 */
@Component
class RegistrationMessages {

    private final MailQueue queue;

    private final AccountContacts accounts;

    private final MeetingService meetings;

    private final MailNames names;

    RegistrationMessages(MailQueue queue, AccountContacts accounts, MeetingService meetings, MailNames names) {
        this.queue = queue;
        this.accounts = accounts;
        this.meetings = meetings;
        this.names = names;
    }

    @ApplicationModuleListener
    void on(RegistrationReceived event) {
        send(new About("registration-received", event.registrationId(), event.meetingId(), event.email(), event.name(),
                event.language(), event.party()), Map.of(), false);
    }

    @ApplicationModuleListener
    void on(RegistrationApproved event) {
        send(new About("registration-approved", event.registrationId(), event.meetingId(), event.email(), event.name(),
                event.language(), event.party()), Map.of(), true);
    }

    @ApplicationModuleListener
    void on(RegistrationRejected event) {
        send(new About("registration-rejected", event.registrationId(), event.meetingId(), event.email(), event.name(),
                event.language(), event.party()),
                Map.of("rejectionReason", event.reason() == null ? "" : event.reason()), false);
    }

    @ApplicationModuleListener
    void on(RegistrationWithdrawn event) {
        send(new About("registration-withdrawn", event.registrationId(), event.meetingId(), event.email(), event.name(),
                event.language(), event.party()), Map.of(), false);
    }

    @ApplicationModuleListener
    void on(VisaLetterReady event) {
        send(new About("visa-letter-ready", event.registrationId(), event.meetingId(), event.email(), event.name(),
                event.language(), event.party()),
                Map.of("letterLink", names.link("/registrations/" + event.registrationId() + "/visa-letter.pdf")),
                false);
    }

    private void send(About about, Map<String, Object> extra, boolean withCalendar) {
        Meeting meeting = meetings.find(about.meetingId()).orElse(null);
        if (meeting == null) {
            return; // deleted since: nothing to say about it
        }
        Party party = Party.parse(about.party()).orElseThrow();
        List<OutgoingMessage.Attachment> attachments = withCalendar
                ? List.of(OutgoingMessage.Attachment.calendar("ccm-meeting-" + meeting.id() + ".ics",
                        meetings.calendar(meeting).getBytes(StandardCharsets.UTF_8)))
                : List.of();
        List<Recipient> recipients = new ArrayList<>();
        Long account = accounts.byEmail(about.email()).map(AccountContact::userId).orElse(null);
        recipients.add(Recipient.of(about.email(), about.name(), about.language(), account));
        for (AccountContact focalPoint : accounts.focalPointsOf(party)) {
            recipients
                .add(Recipient.of(focalPoint.email(), focalPoint.name(), focalPoint.language(), focalPoint.userId()));
        }
        boolean person = true;
        for (Recipient to : recipients) {
            if (!person && to.email().equals(recipients.get(0).email())) {
                continue;
            }
            Map<String, Object> model = new HashMap<>(extra);
            model.put("forPerson", person);
            if (!person) {
                model.put("participant", about.name());
            }
            model.put("meeting", meeting);
            model.put("dates", names.dates(meeting, to.language()));
            model.put("delegation", names.party(party, to.language()));
            model.put("registrationLink", names.link("/registrations/" + about.registrationId()));
            model.put(MailComposer.SUBJECT_ARGUMENTS, List.of(meeting.name()));
            queue.enqueue(new OutgoingMessage(about.kind() + ":" + about.registrationId(), about.kind(),
                    Topic.REGISTRATION, to, model, attachments));
            person = false;
        }
    }

    /** What a message is about: its kind, the registration and the person registered. */
    private record About(String kind, long registrationId, long meetingId, String email, String name, String language,
            String party) {
    }

}

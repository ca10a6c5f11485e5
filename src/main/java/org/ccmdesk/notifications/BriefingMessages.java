package org.ccmdesk.notifications;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ccmdesk.accounts.AccountContact;
import org.ccmdesk.accounts.AccountContacts;
import org.ccmdesk.briefings.BriefingRequested;
import org.ccmdesk.briefings.BriefingService;
import org.ccmdesk.meetings.Meeting;
import org.ccmdesk.meetings.MeetingService;
import org.ccmdesk.registration.RegisteredPeople;
import org.ccmdesk.registration.RegisteredPerson;
import org.ccmdesk.states.Party;
import org.ccmdesk.states.StateName;
import org.ccmdesk.states.TreatyStatusService;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A state's briefing memo, e-mailed at a focal point's request to the members of its
 * delegation registered for the meeting (and to the focal point who asked), each in the
 * language of the request, with the memo's PDF attached. The cause is the request, so
 * handling it again sends nothing more.
 */
@Component
class BriefingMessages {

    static final String KIND = "briefing-memo";

    private final MailQueue queue;

    private final BriefingService briefings;

    private final MeetingService meetings;

    private final RegisteredPeople people;

    private final AccountContacts accounts;

    private final TreatyStatusService states;

    private final MailNames names;

    BriefingMessages(MailQueue queue, BriefingService briefings, MeetingService meetings, RegisteredPeople people,
            AccountContacts accounts, TreatyStatusService states, MailNames names) {
        this.queue = queue;
        this.briefings = briefings;
        this.meetings = meetings;
        this.people = people;
        this.accounts = accounts;
        this.states = states;
        this.names = names;
    }

    @ApplicationModuleListener
    void on(BriefingRequested event) {
        Meeting meeting = meetings.find(event.meetingId()).orElse(null);
        if (meeting == null) {
            return;
        }
        Locale language = Locale.forLanguageTag(event.language());
        Map<String, Recipient> recipients = new LinkedHashMap<>();
        Party party = Party.state(event.iso3());
        for (RegisteredPerson p : people.ofMeeting(event.meetingId())) {
            if (party.equals(p.delegation()) && p.active()) {
                Long account = accounts.byEmail(p.email()).map(AccountContact::userId).orElse(null);
                recipients.putIfAbsent(p.email(), Recipient.of(p.email(), p.name(), event.language(), account));
            }
        }
        accounts.byEmail(event.requestedBy())
            .ifPresent(a -> recipients.putIfAbsent(a.email(),
                    Recipient.of(a.email(), a.name(), event.language(), a.userId())));
        byte[] pdf = briefings.memoPdfForDelegation(event.meetingId(), event.iso3(), event.asOf(), event.language());
        String fileName = briefings.memoFileName(event.meetingId(), event.iso3(), event.asOf());
        String state = states.nameOn(event.iso3(), event.asOf(), language).map(StateName::name).orElse(event.iso3());
        String meetingName = meetings.localized(meeting, language).meeting().name();
        for (Recipient to : recipients.values()) {
            Map<String, Object> model = Map.of("state", state, "meetingName", meetingName, "dates",
                    names.dates(meeting, language), "asOf", MailNames.date(event.asOf(), language),
                    MailComposer.SUBJECT_ARGUMENTS, List.of(meetingName, state));
            queue.enqueue(new OutgoingMessage(KIND + ":" + event.requestId(), KIND, Topic.REGISTRATION, to, model,
                    List.of(OutgoingMessage.Attachment.pdf(fileName, pdf))));
        }
    }

}

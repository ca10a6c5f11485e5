package org.ccmdesk.notifications;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ccmdesk.accounts.AccountContact;
import org.ccmdesk.accounts.AccountContacts;
import org.ccmdesk.meetings.Meeting;
import org.ccmdesk.meetings.MeetingService;
import org.ccmdesk.sponsorship.SponsorshipAccepted;
import org.ccmdesk.sponsorship.SponsorshipDeclined;
import org.ccmdesk.sponsorship.SponsorshipLapsed;
import org.ccmdesk.sponsorship.SponsorshipOffered;
import org.ccmdesk.states.Party;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Messages about sponsorship decisions, to the sponsored person and to the focal points
 * of their state, each in their own language: an offer (its items, amounts and expiry),
 * an item accepted or declined (with the reason), an offer lapsed. The cause is the kind,
 * the offer and the item, so an event handled again sends nothing more.
 */
@Component
class SponsorshipMessages {

    private final MailQueue queue;

    private final AccountContacts accounts;

    private final MeetingService meetings;

    private final MailNames names;

    SponsorshipMessages(MailQueue queue, AccountContacts accounts, MeetingService meetings, MailNames names) {
        this.queue = queue;
        this.accounts = accounts;
        this.meetings = meetings;
        this.names = names;
    }

    @ApplicationModuleListener
    void on(SponsorshipOffered event) {
        Map<String, Object> extra = new HashMap<>();
        extra.put("items", items(event.items()));
        extra.put("expires", event.expires());
        send(new About("sponsorship-offered", event.offerId() + "", event.applicationId(), event.meetingId(),
                event.email(), event.name(), event.language(), event.iso3()), extra);
    }

    @ApplicationModuleListener
    void on(SponsorshipAccepted event) {
        send(new About("sponsorship-accepted", event.offerId() + ":" + event.kind(), event.applicationId(),
                event.meetingId(), event.email(), event.name(), event.language(), event.iso3()),
                Map.of("items", items(event.kind())));
    }

    @ApplicationModuleListener
    void on(SponsorshipDeclined event) {
        send(new About("sponsorship-declined", event.offerId() + ":" + event.kind(), event.applicationId(),
                event.meetingId(), event.email(), event.name(), event.language(), event.iso3()),
                Map.of("items", items(event.kind()), "declineReason", event.reason() == null ? "" : event.reason()));
    }

    @ApplicationModuleListener
    void on(SponsorshipLapsed event) {
        send(new About("sponsorship-lapsed", event.offerId() + "", event.applicationId(), event.meetingId(),
                event.email(), event.name(), event.language(), event.iso3()), Map.of("items", items(event.items())));
    }

    /**
     * The items of an event (kind=amount pairs, or kinds only) as a list of kind and
     * amount.
     */
    static List<Map<String, String>> items(String described) {
        List<Map<String, String>> items = new ArrayList<>();
        if (described == null || described.isBlank()) {
            return items;
        }
        for (String part : described.split(",")) {
            String[] kv = part.split("=", 2);
            Map<String, String> item = new LinkedHashMap<>();
            item.put("kind", kv[0]);
            item.put("amount", kv.length > 1 ? kv[1] : "");
            items.add(item);
        }
        return items;
    }

    private void send(About about, Map<String, Object> extra) {
        Meeting meeting = meetings.find(about.meetingId()).orElse(null);
        if (meeting == null) {
            return;
        }
        Party party = Party.state(about.iso3());
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
            model.put("registrationLink", names.link("/sponsorship/applications/" + about.applicationId()));
            model.put(MailComposer.SUBJECT_ARGUMENTS, List.of(meeting.name()));
            queue.enqueue(new OutgoingMessage(about.kind() + ":" + about.subject(), about.kind(), Topic.SPONSORSHIP, to,
                    model));
            person = false;
        }
    }

    private record About(String kind, String subject, long applicationId, long meetingId, String email, String name,
            String language, String iso3) {
    }

}

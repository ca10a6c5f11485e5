package org.ccmdesk.statements;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.ccmdesk.meetings.AgendaItem;
import org.ccmdesk.meetings.Meeting;
import org.ccmdesk.meetings.MeetingService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the pages and the API show of a speakers' list: the entries in speaking order with
 * the delegations' names, the countdown of the speech under way (from the stored times
 * and the clock), the next five, and the time used per delegation.
 */
@Service
@Transactional(readOnly = true)
class SpeakersViews {

    /**
     * One entry as shown: its place in the order (1 = first) and the countdown of its
     * speech.
     */
    record Row(int position, SpeakerEntry entry, String partyName, int limitSeconds, long remainingSeconds) {

        public String remaining() {
            return SpeechClock.display(remainingSeconds);
        }

        public String limit() {
            return SpeechClock.display(limitSeconds);
        }

        public boolean overTime() {
            return remainingSeconds < 0;
        }

        public boolean paused() {
            return entry.pausedAt() != null;
        }

        public String used() {
            return entry.secondsUsed() == null ? "" : SpeechClock.display(entry.secondsUsed());
        }

    }

    /**
     * A list as shown. {@code list} is empty when nobody has inscribed on the item yet.
     */
    record ListView(Meeting meeting, AgendaItem item, List<AgendaItem> agenda, Optional<SpeakerList> list,
            OrderRule orderRule, List<Row> rows) {

        public Optional<Row> current() {
            return rows.stream().filter(r -> r.entry().status() == EntryStatus.SPEAKING).findFirst();
        }

        public List<Row> nextFive() {
            return rows.stream().filter(r -> r.entry().status() == EntryStatus.WAITING).limit(5).toList();
        }

        public boolean closed() {
            return list.map(SpeakerList::closed).orElse(false);
        }

    }

    /** The time a delegation used at the meeting, with its name. */
    record TimeUsedRow(String partyName, String time, int speeches) {
    }

    private final SpeakerQueries queries;

    private final MeetingService meetings;

    private final SpeakersLists lists;

    private final PartyNames names;

    private final Clock clock;

    SpeakersViews(SpeakerQueries queries, MeetingService meetings, SpeakersLists lists, PartyNames names, Clock clock) {
        this.queries = queries;
        this.meetings = meetings;
        this.lists = lists;
        this.names = names;
        this.clock = clock;
    }

    /**
     * The item's list; {@code itemId} null: the item the room follows, else the first.
     */
    ListView view(long meetingId, Long itemId, Locale locale) {
        Meeting meeting = lists.meeting(meetingId);
        List<AgendaItem> agenda = meetings.agenda(meetingId, locale);
        Long chosen = itemId != null ? itemId
                : queries.activeListItem(meetingId).orElse(agenda.isEmpty() ? null : agenda.get(0).id());
        if (chosen == null) {
            return new ListView(meeting, null, agenda, Optional.empty(), queries.orderRule(meetingId), List.of());
        }
        AgendaItem item = agenda.stream()
            .filter(i -> i.id() == chosen)
            .findFirst()
            .orElseThrow(() -> new org.ccmdesk.system.RuleViolation("item", "speakers.unknownItem"));
        Optional<SpeakerList> list = queries.listOfItem(item.id());
        OrderRule rule = queries.orderRule(meetingId);
        List<Row> rows = new ArrayList<>();
        if (list.isPresent()) {
            Map<String, String> partyNames = names.all(meeting.firstDay(), locale);
            Instant now = clock.instant();
            int position = 0;
            for (SpeakerEntry entry : queries.entries(list.get().id())) {
                int limit = list.get().limitFor(entry.groupStatement());
                long remaining = entry.clock(limit).remainingSeconds(now);
                position = entry.status() == EntryStatus.WITHDRAWN ? position : position + 1;
                rows.add(new Row(entry.status() == EntryStatus.WITHDRAWN ? 0 : position, entry,
                        PartyNames.nameOf(partyNames, entry.party()), limit, remaining));
            }
        }
        return new ListView(meeting, item, agenda, list, rule, rows);
    }

    List<TimeUsedRow> timeUsed(long meetingId, Locale locale) {
        Meeting meeting = lists.meeting(meetingId);
        Map<String, String> partyNames = names.all(meeting.firstDay(), locale);
        return queries.timeUsed(meetingId)
            .stream()
            .map(t -> new TimeUsedRow(PartyNames.nameOf(partyNames, t.party()), SpeechClock.display(t.seconds()),
                    t.speeches()))
            .toList();
    }

}

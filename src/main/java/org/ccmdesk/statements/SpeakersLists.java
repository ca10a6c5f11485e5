package org.ccmdesk.statements;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ccmdesk.meetings.AgendaItem;
import org.ccmdesk.meetings.Meeting;
import org.ccmdesk.meetings.MeetingService;
import org.ccmdesk.states.OrganisationDirectory;
import org.ccmdesk.states.Party;
import org.ccmdesk.states.TreatyStatusService;
import org.ccmdesk.system.ActingUser;
import org.ccmdesk.system.AuditedChange;
import org.ccmdesk.system.GeneratedId;
import org.ccmdesk.system.NotFoundException;
import org.ccmdesk.system.RuleViolation;
import org.ccmdesk.system.StatusConflict;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Inscribing on a speakers' list and running it. Every change to a list's entries is made
 * under the list's row lock ({@code select ... for update}): numbering from the list's
 * counter, placing by the meeting's order rule, one speaker at a time. Status changes are
 * compare-and-set; each change is audited.
 */
@Service
@Transactional
class SpeakersLists {

    private final JdbcClient jdbc;

    private final SpeakerQueries queries;

    private final MeetingService meetings;

    private final TreatyStatusService treaty;

    private final OrganisationDirectory organisations;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    private final TransactionTemplate separately;

    SpeakersLists(JdbcClient jdbc, SpeakerQueries queries, MeetingService meetings, TreatyStatusService treaty,
            OrganisationDirectory organisations, ApplicationEventPublisher events, Clock clock,
            PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.queries = queries;
        this.meetings = meetings;
        this.treaty = treaty;
        this.organisations = organisations;
        this.events = events;
        this.clock = clock;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    Meeting meeting(long meetingId) {
        return meetings.find(meetingId).orElseThrow(() -> new NotFoundException("speakers.meetingNotFound", meetingId));
    }

    AgendaItem item(long meetingId, long itemId) {
        return meetings.agenda(meetingId)
            .stream()
            .filter(i -> i.id() == itemId)
            .findFirst()
            .orElseThrow(() -> new RuleViolation("item", "speakers.unknownItem"));
    }

    /**
     * The list of the item, made when first asked for: in a transaction of its own, so
     * that two first requests at once make one list (the loser of the unique constraint
     * reads the winner's) without spoiling the caller's transaction.
     */
    SpeakerList listFor(long meetingId, long itemId) {
        item(meetingId, itemId);
        return queries.listOfItem(itemId).orElseGet(() -> {
            try {
                separately.executeWithoutResult(tx -> jdbc.sql("""
                        insert into speaker_list (meeting_id, agenda_item_id, closed, time_limit_seconds, next_seq)
                        values (:meeting, :item, false, :limit, 1)""")
                    .param("meeting", meetingId)
                    .param("item", itemId)
                    .param("limit", SpeakerList.DEFAULT_LIMIT_SECONDS)
                    .update());
            }
            catch (DuplicateKeyException madeMeanwhile) {
                // another request made it first
            }
            return queries.listOfItem(itemId).orElseThrow();
        });
    }

    /** The list's row, locked until the end of the transaction. */
    private SpeakerList lock(long listId) {
        jdbc.sql("select id from speaker_list where id = :id for update")
            .param("id", listId)
            .query(Long.class)
            .single();
        return queries.list(listId).orElseThrow();
    }

    long inscribe(long meetingId, Inscription form) {
        ActingUser user = ActingUser.current().orElseThrow(() -> new AccessDeniedException("not signed in"));
        Party party = Party.parse(form.party()).orElseThrow(() -> new RuleViolation("party", "speakers.unknownParty"));
        boolean canAct = party.isState() ? user.canActForState(party.iso3())
                : user.canActForOrganisation(party.organisationId());
        if (!canAct) {
            throw new AccessDeniedException("delegation " + party.key());
        }
        Meeting meeting = meeting(meetingId);
        SpeakerGroup group = groupOf(party, meeting.firstDay());
        SpeakerList list = lock(listFor(meetingId, form.item()).id());
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (!user.isSecretariat() && !list.openToFocalPointsAt(now)) {
            throw new InscriptionRefused(list.closed() ? "speakers.listClosed" : "speakers.deadlinePassed");
        }
        List<SpeakerEntry> entries = queries.entries(list.id());
        if (entries.stream().anyMatch(e -> e.party().equals(party) && e.speechType() == form.speechType())) {
            throw new StatusConflict("INSCRIBED", "speakers.alreadyInscribed");
        }
        SpeakingOrder.Placed candidate = new SpeakingOrder.Placed(form.speechType(), group, EntryStatus.WAITING);
        int index = SpeakingOrder.placeOf(queries.orderRule(meetingId),
                entries.stream().map(SpeakerEntry::placed).toList(), candidate);
        int position = index < entries.size() ? entries.get(index).position() : nextPosition(entries);
        int seq = jdbc.sql("select next_seq from speaker_list where id = :id")
            .param("id", list.id())
            .query(Integer.class)
            .single();
        jdbc.sql("update speaker_list set next_seq = next_seq + 1 where id = :id").param("id", list.id()).update();
        jdbc.sql("update speaker_entry set position = position + 1 where list_id = :list and position >= :p")
            .param("list", list.id())
            .param("p", position)
            .update();
        StatementCategory category = form.category() == null ? StatementCategory.GENERAL : form.category();
        long id = GeneratedId.insert(jdbc
            .sql("""
                    insert into speaker_entry (list_id, seq, position, party_key, state_iso3, organisation_id, speaker_group,
                           speaker, speech_type, category, group_statement, status, inscribed_by, inscribed_at, paused_seconds)
                    values (:list, :seq, :position, :key, :iso3, :org, :group, :speaker, :type, :category, :groupStatement,
                            'WAITING', :by, :now, 0)""")
            .param("list", list.id())
            .param("seq", seq)
            .param("position", position)
            .param("key", party.key())
            .param("iso3", party.iso3())
            .param("org", party.organisationId())
            .param("group", group.name())
            .param("speaker", form.speaker().trim())
            .param("type", form.speechType().name())
            .param("category", category.name())
            .param("groupStatement", form.isGroupStatement())
            .param("by", user.email())
            .param("now", now));
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("list", list.id());
        values.put("party", party.key());
        values.put("speaker", form.speaker().trim());
        values.put("speechType", form.speechType().name());
        values.put("category", category.name());
        values.put("position", position);
        events.publishEvent(AuditedChange.of("speaker_entry", id, "INSCRIBE", null, values, null));
        return id;
    }

    private static int nextPosition(List<SpeakerEntry> entries) {
        return entries.isEmpty() ? 1 : entries.get(entries.size() - 1).position() + 1;
    }

    private SpeakerGroup groupOf(Party party, LocalDate firstDay) {
        if (party.isState()) {
            return SpeakerGroup.of(treaty.detailOf(party.iso3(), firstDay, Locale.ENGLISH)
                .orElseThrow(() -> new RuleViolation("party", "speakers.unknownParty"))
                .status());
        }
        return SpeakerGroup.of(organisations.find(party.organisationId())
            .orElseThrow(() -> new RuleViolation("party", "speakers.unknownParty"))
            .kind());
    }

    /**
     * Starts the entry's speech; refused while another speech of the list is under way.
     */
    void start(long entryId) {
        SpeakerEntry entry = entryOf(entryId);
        lock(entry.listId());
        if (queries.entries(entry.listId()).stream().anyMatch(e -> e.status() == EntryStatus.SPEAKING)) {
            throw new StatusConflict(EntryStatus.SPEAKING.name(), "speakers.someoneSpeaking");
        }
        change(entryId, "START", EntryStatus.WAITING, """
                update speaker_entry set status = 'SPEAKING', started_at = :now, paused_at = null, paused_seconds = 0
                 where id = :id and status = 'WAITING'""", null);
    }

    void pause(long entryId) {
        change(entryId, "PAUSE", EntryStatus.SPEAKING,
                "update speaker_entry set paused_at = :now where id = :id and status = 'SPEAKING' and paused_at is null",
                null);
    }

    void resume(long entryId) {
        SpeakerEntry entry = entryOf(entryId);
        if (entry.pausedAt() == null) {
            throw new StatusConflict(entry.status().name(), "speakers.notPaused");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        int paused = (int) Math.max(0, java.time.Duration.between(entry.pausedAt(), now).getSeconds());
        int changed = jdbc.sql("""
                update speaker_entry set paused_seconds = paused_seconds + :paused, paused_at = null
                 where id = :id and status = 'SPEAKING' and paused_at = :pausedAt""")
            .param("paused", paused)
            .param("id", entryId)
            .param("pausedAt", entry.pausedAt())
            .update();
        if (changed == 0) {
            throw new StatusConflict(entryOf(entryId).status().name(), "speakers.notPaused");
        }
        audit(entry, "RESUME", null);
    }

    /**
     * Ends the speech: spoken, with the time used; the delegation's statements of the
     * item are delivered.
     */
    void spoken(long entryId) {
        SpeakerEntry entry = entryOf(entryId);
        SpeakerList list = queries.list(entry.listId()).orElseThrow();
        OffsetDateTime now = OffsetDateTime.now(clock);
        long used = entry.clock(list.limitFor(entry.groupStatement())).elapsedSeconds(now.toInstant());
        int changed = jdbc.sql("""
                update speaker_entry set status = 'SPOKEN', ended_at = :now, paused_at = null, seconds_used = :used
                 where id = :id and status = 'SPEAKING'""")
            .param("now", now)
            .param("used", (int) used)
            .param("id", entryId)
            .update();
        if (changed == 0) {
            throw new StatusConflict(entryOf(entryId).status().name(), "speakers.notSpeaking");
        }
        audit(entry, "SPOKEN", Map.of("secondsUsed", used));
        ZoneId zone = ZoneId.of(meeting(list.meetingId()).timeZone());
        jdbc.sql(
                """
                        update statement set delivered_on = :today
                         where meeting_id = :meeting and agenda_item_id = :item and party_key = :party and delivered_on is null""")
            .param("today", now.atZoneSameInstant(zone).toLocalDate())
            .param("meeting", list.meetingId())
            .param("item", list.agendaItemId())
            .param("party", entry.party().key())
            .update();
    }

    void withdraw(long entryId) {
        change(entryId, "WITHDRAW", EntryStatus.WAITING,
                "update speaker_entry set status = 'WITHDRAWN' where id = :id and status = 'WAITING'", null);
    }

    /**
     * The speech under way is spoken and the first one waiting starts: the chair's one
     * key. Answers the entry that started, if any.
     */
    java.util.Optional<Long> next(long meetingId, long itemId) {
        SpeakerList list = lock(listFor(meetingId, itemId).id());
        List<SpeakerEntry> entries = queries.entries(list.id());
        entries.stream().filter(e -> e.status() == EntryStatus.SPEAKING).forEach(e -> spoken(e.id()));
        java.util.Optional<SpeakerEntry> next = entries.stream()
            .filter(e -> e.status() == EntryStatus.WAITING)
            .findFirst();
        next.ifPresent(e -> start(e.id()));
        return next.map(SpeakerEntry::id);
    }

    /**
     * Moves a waiting entry one place up ({@code -1}) or down ({@code +1}) among those
     * waiting.
     */
    void move(long entryId, int direction) {
        SpeakerEntry entry = entryOf(entryId);
        lock(entry.listId());
        List<SpeakerEntry> waiting = queries.entries(entry.listId())
            .stream()
            .filter(e -> e.status() == EntryStatus.WAITING)
            .toList();
        int at = -1;
        for (int i = 0; i < waiting.size(); i++) {
            if (waiting.get(i).id() == entryId) {
                at = i;
            }
        }
        if (at < 0) {
            throw new StatusConflict(entryOf(entryId).status().name(), "speakers.notWaiting");
        }
        int other = at + Integer.signum(direction);
        if (other < 0 || other >= waiting.size()) {
            return;
        }
        SpeakerEntry neighbour = waiting.get(other);
        setPosition(entryId, neighbour.position());
        setPosition(neighbour.id(), entry.position());
        audit(entry, "MOVE", Map.of("position", neighbour.position()));
    }

    private void setPosition(long entryId, int position) {
        jdbc.sql("update speaker_entry set position = :p where id = :id")
            .param("p", position)
            .param("id", entryId)
            .update();
    }

    void setClosed(long listId, boolean closed) {
        SpeakerList list = lock(listId);
        if (list.closed() == closed) {
            return;
        }
        jdbc.sql("update speaker_list set closed = :closed where id = :id")
            .param("closed", closed)
            .param("id", listId)
            .update();
        events.publishEvent(AuditedChange.of("speaker_list", listId, closed ? "CLOSE" : "REOPEN",
                Map.of("closed", !closed), Map.of("closed", closed), null));
    }

    void settings(long listId, ListSettingsForm form) {
        SpeakerList before = lock(listId);
        OffsetDateTime deadline = form.deadline() == null ? null
                : form.deadline().atZone(ZoneId.of(meeting(before.meetingId()).timeZone())).toOffsetDateTime();
        jdbc.sql("""
                update speaker_list set inscription_deadline = :deadline, time_limit_seconds = :limit,
                       group_time_limit_seconds = :group where id = :id""")
            .param("deadline", deadline)
            .param("limit", form.limitMinutes() * 60)
            .param("group", form.groupLimitMinutes() == null ? null : form.groupLimitMinutes() * 60)
            .param("id", listId)
            .update();
        Map<String, Object> old = new LinkedHashMap<>();
        old.put("deadline", before.inscriptionDeadline() == null ? null : before.inscriptionDeadline().toString());
        old.put("limitSeconds", before.timeLimitSeconds());
        old.put("groupLimitSeconds", before.groupTimeLimitSeconds());
        Map<String, Object> now = new LinkedHashMap<>();
        now.put("deadline", deadline == null ? null : deadline.toString());
        now.put("limitSeconds", form.limitMinutes() * 60);
        now.put("groupLimitSeconds", form.groupLimitMinutes() == null ? null : form.groupLimitMinutes() * 60);
        events.publishEvent(AuditedChange.of("speaker_list", listId, "SETTINGS", old, now, null));
    }

    /** The meeting's order rule, for the lists' inscriptions from now on. */
    void orderRule(long meetingId, OrderRule rule) {
        meeting(meetingId);
        OrderRule before = queries.orderRule(meetingId);
        if (before == rule) {
            return;
        }
        String by = ActingUser.current().map(ActingUser::email).orElse("system");
        OffsetDateTime now = OffsetDateTime.now(clock);
        // the meeting's row is made in a transaction of its own (two first changes at
        // once make one), then changed in this one
        try {
            separately.executeWithoutResult(tx -> jdbc
                .sql("""
                        insert into speaking_rule (meeting_id, order_rule, updated_by, updated_at)
                        select :m, 'BY_TIME', :by, :now where not exists (select 1 from speaking_rule where meeting_id = :m)""")
                .param("m", meetingId)
                .param("by", by)
                .param("now", now)
                .update());
        }
        catch (DuplicateKeyException madeMeanwhile) {
            // another request made it first
        }
        jdbc.sql(
                "update speaking_rule set order_rule = :rule, updated_by = :by, updated_at = :now where meeting_id = :m")
            .param("rule", rule.name())
            .param("by", by)
            .param("now", now)
            .param("m", meetingId)
            .update();
        events.publishEvent(AuditedChange.of("speaking_rule", meetingId, "ORDER_RULE", Map.of("rule", before.name()),
                Map.of("rule", rule.name()), null));
    }

    private SpeakerEntry entryOf(long entryId) {
        return queries.entry(entryId).orElseThrow(() -> new NotFoundException("speakers.entryNotFound", entryId));
    }

    private void change(long entryId, String action, EntryStatus expected, String sql, Map<String, ?> values) {
        SpeakerEntry entry = entryOf(entryId);
        int changed = jdbc.sql(sql).param("now", OffsetDateTime.now(clock)).param("id", entryId).update();
        if (changed == 0) {
            throw new StatusConflict(entryOf(entryId).status().name(), "speakers.statusChanged", expected.name());
        }
        audit(entry, action, values);
    }

    private void audit(SpeakerEntry entry, String action, Map<String, ?> values) {
        events.publishEvent(AuditedChange.of("speaker_entry", entry.id(), action,
                Map.of("status", entry.status().name()), values, null));
    }

}

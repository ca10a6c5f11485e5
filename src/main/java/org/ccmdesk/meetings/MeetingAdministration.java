package org.ccmdesk.meetings;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.ccmdesk.system.AuditedChange;
import org.ccmdesk.system.GeneratedId;
import org.ccmdesk.system.NotFoundException;
import org.ccmdesk.system.RuleViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The secretariat creates, edits, copies (last year's as the start of next year's) and
 * cancels meetings.
 */
@Service
@Transactional
class MeetingAdministration {

    /**
     * A copy moves by 52 weeks, so that it falls on the same days of the week a year
     * later.
     */
    static final int COPY_WEEKS = 52;

    private final MeetingQueries queries;

    private final JdbcClient jdbc;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    MeetingAdministration(MeetingQueries queries, JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.queries = queries;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The French and Spanish text of a meeting and its agenda, and its letters' settings,
     * as entered (blank: not translated); audited.
     */
    void saveTexts(long meetingId, MeetingTextsForm form) {
        Meeting meeting = queries.find(meetingId)
            .orElseThrow(() -> new NotFoundException("meeting.notFound", meetingId));
        java.util.Set<Long> items = new java.util.HashSet<>(
                queries.agenda(meetingId).stream().map(AgendaItem::id).toList());
        for (Long id : form.agendaIds()) {
            if (!items.contains(id)) {
                throw new RuleViolation("agendaIds", "meetingTexts.unknownItem", id);
            }
        }
        Map<String, Object> after = new LinkedHashMap<>();
        for (String language : java.util.List.of("fr", "es")) {
            MeetingText text = form.text(language);
            jdbc.sql("delete from meeting_text where meeting_id = :id and language = :language")
                .param("id", meetingId)
                .param("language", language)
                .update();
            jdbc.sql("""
                    insert into meeting_text (meeting_id, language, name, venue, address, city, country,
                                              convening_authority, signatory_title)
                    values (:id, :language, :name, :venue, :address, :city, :country, :authority, :title)""")
                .param("id", meetingId)
                .param("language", language)
                .param("name", blankToNull(text.name()))
                .param("venue", blankToNull(text.venue()))
                .param("address", blankToNull(text.address()))
                .param("city", blankToNull(text.city()))
                .param("country", blankToNull(text.country()))
                .param("authority", blankToNull(text.conveningAuthority()))
                .param("title", blankToNull(text.signatoryTitle()))
                .update();
            after.put("name_" + language, text.name());
            for (int i = 0; i < form.agendaIds().size(); i++) {
                long item = form.agendaIds().get(i);
                jdbc.sql("delete from agenda_item_text where agenda_item_id = :item and language = :language")
                    .param("item", item)
                    .param("language", language)
                    .update();
                String title = blankToNull(form.agendaTitle(language, i));
                if (title != null) {
                    jdbc.sql("""
                            insert into agenda_item_text (agenda_item_id, language, title)
                            values (:item, :language, :title)""")
                        .param("item", item)
                        .param("language", language)
                        .param("title", title)
                        .update();
                }
            }
        }
        jdbc.sql("""
                update meeting set signatory_name = :name, signatory_title = :title, secretariat_contact = :contact
                 where id = :id""")
            .param("name", blankToNull(form.signatoryName()))
            .param("title", blankToNull(form.signatoryTitle()))
            .param("contact", blankToNull(form.secretariatContact()))
            .param("id", meetingId)
            .update();
        after.put("signatoryName", form.signatoryName());
        events.publishEvent(AuditedChange.of("meeting", meeting.id(), "TEXTS", null, after, null));
    }

    long create(MeetingForm form) {
        check(form);
        Map<String, Object> params = params(form);
        params.put("now", OffsetDateTime.now(clock));
        long id = GeneratedId.insert(jdbc
            .sql("""
                    insert into meeting (name, short_name, kind, registration_by_ccm_desk, first_day, last_day, venue, address, city,
                           country, time_zone, web_page, convening_authority, registration_opens, registration_closes, source,
                           registration_url, visa_information_url, cancelled, shipped, created_at)
                    values (:name, :shortName, :kind, :registration, :firstDay, :lastDay, :venue, :address, :city, :country, :timeZone,
                            :webPage, :authority, :opens, :closes, :source, :registrationUrl, :visaUrl, false, false, :now)""")
            .params(params));
        events.publishEvent(AuditedChange.of("meeting", id, "CREATE", null, audit(form), null));
        return id;
    }

    void update(long id, MeetingForm form) {
        Meeting before = find(id);
        check(form);
        Map<String, Object> params = params(form);
        params.put("id", id);
        jdbc.sql(
                """
                        update meeting set name = :name, short_name = :shortName, kind = :kind, registration_by_ccm_desk = :registration,
                               first_day = :firstDay, last_day = :lastDay, venue = :venue, address = :address, city = :city,
                               country = :country, time_zone = :timeZone, web_page = :webPage, convening_authority = :authority,
                               registration_opens = :opens, registration_closes = :closes, source = :source,
                               registration_url = :registrationUrl, visa_information_url = :visaUrl
                         where id = :id""")
            .params(params)
            .update();
        events
            .publishEvent(AuditedChange.of("meeting", id, "UPDATE", audit(MeetingForm.of(before)), audit(form), null));
    }

    /** A new meeting 52 weeks later with the same details and agenda, to be edited. */
    long copy(long id) {
        Meeting source = find(id);
        MeetingForm form = MeetingForm.of(source);
        MeetingForm moved = new MeetingForm(form.name(), form.shortName(), form.kind(), form.registrationByCcmDesk(),
                later(form.firstDay()), later(form.lastDay()), form.venue(), form.address(), form.city(),
                form.country(), form.timeZone(), form.webPage(), form.conveningAuthority(),
                later(form.registrationOpens()), later(form.registrationCloses()),
                "Copy of meeting " + id + ": " + form.source(), form.registrationUrl(), form.visaInformationUrl());
        long copy = create(moved);
        for (AgendaItem item : queries.agenda(id)) {
            jdbc.sql("""
                    insert into agenda_item (meeting_id, position, title, theme, item_day, starts_at, ends_at)
                    values (:copy, :position, :title, :theme, :day, :starts, :ends)""")
                .param("copy", copy)
                .param("position", item.position())
                .param("title", item.title())
                .param("theme", item.theme().name())
                .param("day", later(item.day()))
                .param("starts", item.startsAt())
                .param("ends", item.endsAt())
                .update();
        }
        // the copy goes on numbering where the source's agenda did
        jdbc.sql("update meeting set agenda_positions = (select s.agenda_positions from meeting s where s.id = :source)"
                + " where id = :copy")
            .param("source", id)
            .param("copy", copy)
            .update();
        return copy;
    }

    /**
     * Adds an item at the end of the agenda; its day must fall within the meeting, its
     * end after its start.
     */
    void addAgendaItem(long meetingId, AgendaItemForm form) {
        Meeting meeting = find(meetingId);
        if (form.day() != null && (form.day().isBefore(meeting.firstDay()) || form.day().isAfter(meeting.lastDay()))) {
            throw new RuleViolation("day", "agenda.dayOutsideMeeting");
        }
        if (form.startsAt() != null && form.endsAt() != null && !form.endsAt().isAfter(form.startsAt())) {
            throw new RuleViolation("endsAt", "agenda.endBeforeStart");
        }
        // The next position from the meeting's counter: the update locks the meeting's
        // row
        // until the end of the transaction, so two additions at once never get one
        // position.
        jdbc.sql("update meeting set agenda_positions = agenda_positions + 1 where id = :id")
            .param("id", meetingId)
            .update();
        int position = jdbc.sql("select agenda_positions from meeting where id = :id")
            .param("id", meetingId)
            .query(Integer.class)
            .single();
        jdbc.sql("""
                insert into agenda_item (meeting_id, position, title, theme, item_day, starts_at, ends_at)
                values (:id, :position, :title, :theme, :day, :starts, :ends)""")
            .param("id", meetingId)
            .param("position", position)
            .param("title", form.title().trim())
            .param("theme", form.theme().name())
            .param("day", form.day())
            .param("starts", form.startsAt())
            .param("ends", form.endsAt())
            .update();
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("position", position);
        values.put("title", form.title().trim());
        values.put("theme", form.theme().name());
        events.publishEvent(AuditedChange.of("agenda_item", meetingId + ":" + position, "CREATE", null, values, null));
    }

    void removeAgendaItem(long meetingId, long itemId) {
        AgendaItem item = queries.agenda(meetingId)
            .stream()
            .filter(i -> i.id() == itemId)
            .findFirst()
            .orElseThrow(() -> new NotFoundException("agenda.notFound", itemId));
        jdbc.sql("delete from agenda_item where id = :id").param("id", itemId).update();
        events.publishEvent(AuditedChange.of("agenda_item", meetingId + ":" + item.position(), "DELETE",
                Map.of("title", item.title(), "theme", item.theme().name()), null, null));
    }

    void cancel(long id) {
        Meeting meeting = find(id);
        if (meeting.cancelled()) {
            return;
        }
        jdbc.sql("update meeting set cancelled = true where id = :id").param("id", id).update();
        events.publishEvent(
                AuditedChange.of("meeting", id, "CANCEL", Map.of("cancelled", false), Map.of("cancelled", true), null));
    }

    private Meeting find(long id) {
        return queries.find(id).orElseThrow(() -> new NotFoundException("meeting.notFound", id));
    }

    private static void check(MeetingForm form) {
        if (form.lastDay().isBefore(form.firstDay())) {
            throw new RuleViolation("lastDay", "meeting.lastBeforeFirst");
        }
        if (form.registrationCloses() != null && form.registrationCloses().isAfter(form.lastDay())) {
            throw new RuleViolation("registrationCloses", "meeting.registrationAfterEnd");
        }
        if (form.registrationOpens() != null && form.registrationCloses() != null
                && form.registrationOpens().isAfter(form.registrationCloses())) {
            throw new RuleViolation("registrationOpens", "meeting.registrationOrder");
        }
        try {
            ZoneId.of(form.timeZone().trim());
        }
        catch (DateTimeException e) {
            throw new RuleViolation("timeZone", "meeting.timeZoneUnknown");
        }
    }

    private static LocalDate later(LocalDate date) {
        return date == null ? null : date.plusWeeks(COPY_WEEKS);
    }

    private static Map<String, Object> params(MeetingForm form) {
        Map<String, Object> params = new HashMap<>();
        params.put("name", form.name().trim());
        params.put("shortName", form.shortName().trim());
        params.put("kind", form.kind().name());
        params.put("registration", form.handlesRegistration());
        params.put("firstDay", form.firstDay());
        params.put("lastDay", form.lastDay());
        params.put("venue", blankToNull(form.venue()));
        params.put("address", blankToNull(form.address()));
        params.put("city", blankToNull(form.city()));
        params.put("country", blankToNull(form.country()));
        params.put("timeZone", form.timeZone().trim());
        params.put("webPage", blankToNull(form.webPage()));
        params.put("authority", blankToNull(form.conveningAuthority()));
        params.put("opens", form.registrationOpens());
        params.put("closes", form.registrationCloses());
        params.put("source", form.source().trim());
        params.put("registrationUrl", blankToNull(form.registrationUrl()));
        params.put("visaUrl", blankToNull(form.visaInformationUrl()));
        return params;
    }

    private static Map<String, Object> audit(MeetingForm form) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("name", form.name());
        values.put("kind", form.kind().name());
        values.put("firstDay", form.firstDay());
        values.put("lastDay", form.lastDay());
        values.put("registrationOpens", form.registrationOpens());
        values.put("registrationCloses", form.registrationCloses());
        return values;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

}

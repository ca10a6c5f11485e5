package org.ccmdesk.statements;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.ccmdesk.meetings.Meeting;
import org.ccmdesk.meetings.MeetingService;
import org.ccmdesk.states.Party;
import org.ccmdesk.states.PartyDirectory;
import org.ccmdesk.system.ActingUser;
import org.ccmdesk.system.AuditedChange;
import org.ccmdesk.system.GeneratedId;
import org.ccmdesk.system.NotFoundException;
import org.ccmdesk.system.PageWindow;
import org.ccmdesk.system.RuleViolation;
import org.ccmdesk.system.StatusConflict;
import org.ccmdesk.system.UploadedPdf;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * Statements: uploaded ahead by the delegation (private to it and the secretariat),
 * delivered when its speaker has spoken (or on the date the secretariat records),
 * published by the secretariat; a published condemnation records the state's condemnation
 * of each report of use it names. Every change audited.
 */
@Service
@Transactional
class Statements {

    static final int PAGE_SIZE = 20;

    private static final String COLUMNS = """
            id, meeting_id, agenda_item_id, state_iso3, organisation_id, category, language, title, delivered_on,
            published, pdf_name""";

    private final JdbcClient jdbc;

    private final MeetingService meetings;

    private final PartyDirectory parties;

    private final PartyNames names;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    Statements(JdbcClient jdbc, MeetingService meetings, PartyDirectory parties, PartyNames names,
            ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.meetings = meetings;
        this.parties = parties;
        this.names = names;
        this.events = events;
        this.clock = clock;
    }

    long submit(long meetingId, StatementForm form, MultipartFile file) {
        ActingUser user = user();
        Meeting meeting = meetings.find(meetingId)
            .orElseThrow(() -> new NotFoundException("speakers.meetingNotFound", meetingId));
        if (meetings.agenda(meetingId).stream().noneMatch(i -> i.id() == form.item())) {
            throw new RuleViolation("item", "speakers.unknownItem");
        }
        Party party = Party.parse(form.party())
            .filter(parties::exists)
            .orElseThrow(() -> new RuleViolation("party", "speakers.unknownParty"));
        if (!canActFor(user, party)) {
            throw new AccessDeniedException("delegation " + party.key());
        }
        byte[] pdf = file == null || file.isEmpty() ? null
                : UploadedPdf.read(file, "pdf", "statements.pdfTooLarge", "statements.notPdf");
        if (pdf == null && !form.hasBody()) {
            throw new RuleViolation("body", "statements.textOrPdf");
        }
        List<Long> uses = form.useIds();
        if (form.category() == StatementCategory.CONDEMNATION_OF_USE && uses.isEmpty()) {
            throw new RuleViolation("uses", "statements.nameAUse");
        }
        if (form.category() != StatementCategory.CONDEMNATION_OF_USE && !uses.isEmpty()) {
            throw new RuleViolation("uses", "statements.usesOnlyForCondemnation");
        }
        for (Long use : uses) {
            if (jdbc.sql("select count(*) from cm_use where id = :id")
                .param("id", use)
                .query(Long.class)
                .single() == 0) {
                throw new RuleViolation("uses", "uses.notFound");
            }
        }
        LocalDate delivered = user.isSecretariat() ? form.deliveredOn() : null;
        long id = GeneratedId.insert(jdbc
            .sql("""
                    insert into statement (meeting_id, agenda_item_id, party_key, state_iso3, organisation_id, category, language,
                           title, body, pdf, pdf_name, delivered_on, published, created_by, created_at)
                    values (:meeting, :item, :key, :iso3, :org, :category, :language, :title, :body, :pdf, :pdfName,
                            :delivered, false, :by, :now)""")
            .param("meeting", meeting.id())
            .param("item", form.item())
            .param("key", party.key())
            .param("iso3", party.iso3())
            .param("org", party.organisationId())
            .param("category", form.category().name())
            .param("language", form.language().name())
            .param("title", form.title().trim())
            .param("body", form.hasBody() ? form.body().trim() : null)
            .param("pdf", pdf)
            .param("pdfName", pdf == null ? null : UploadedPdf.fileName(file, "statement.pdf"))
            .param("delivered", delivered)
            .param("by", user.email())
            .param("now", OffsetDateTime.now(clock)));
        for (Long use : uses) {
            jdbc.sql("insert into statement_use (statement_id, use_id) values (:s, :u)")
                .param("s", id)
                .param("u", use)
                .update();
        }
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("meeting", meetingId);
        values.put("item", form.item());
        values.put("party", party.key());
        values.put("category", form.category().name());
        values.put("language", form.language().name());
        values.put("title", form.title().trim());
        values.put("pdf", pdf != null);
        values.put("uses", uses);
        values.put("deliveredOn", delivered == null ? null : delivered.toString());
        events.publishEvent(AuditedChange.of("statement", id, "SUBMIT", null, values, null));
        return id;
    }

    /**
     * The statement if the user may see it: published, or theirs, or the secretariat;
     * else 404.
     */
    @Transactional(readOnly = true)
    Statement find(long id) {
        Statement statement = jdbc.sql("select " + COLUMNS + ", body from statement where id = :id")
            .param("id", id)
            .query((rs, n) -> statement(rs))
            .optional()
            .filter(this::visible)
            .orElseThrow(() -> new NotFoundException("statements.notFound", id));
        return statement;
    }

    @Transactional(readOnly = true)
    byte[] pdf(long id) {
        Statement statement = find(id);
        if (!statement.hasPdf()) {
            throw new NotFoundException("statements.notFound", id);
        }
        return jdbc.sql("select pdf from statement where id = :id").param("id", id).query(byte[].class).single();
    }

    private boolean visible(Statement statement) {
        return statement.published() || ActingUser.current().map(u -> canActFor(u, statement.party())).orElse(false);
    }

    /**
     * Publishes one delivered statement (compare-and-set); a condemnation records the
     * state's condemnation of each report of use it names, on the day delivered.
     */
    void publish(long id) {
        Statement statement = jdbc.sql("select " + COLUMNS + ", null as body from statement where id = :id")
            .param("id", id)
            .query((rs, n) -> statement(rs))
            .optional()
            .orElseThrow(() -> new NotFoundException("statements.notFound", id));
        if (statement.deliveredOn() == null) {
            throw new StatusConflict("NOT_DELIVERED", "statements.notDelivered");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        int changed = jdbc
            .sql("update statement set published = true, published_at = :now where id = :id and published = false")
            .param("now", now)
            .param("id", id)
            .update();
        if (changed == 0) {
            throw new StatusConflict("PUBLISHED", "statements.alreadyPublished");
        }
        events.publishEvent(AuditedChange.of("statement", id, "PUBLISH", Map.of("published", false),
                Map.of("published", true), null));
        if (statement.category() == StatementCategory.CONDEMNATION_OF_USE && statement.party().isState()) {
            String meetingName = meetings.find(statement.meetingId()).map(Meeting::name).orElse("");
            String by = user().email();
            for (Long use : statement.useIds()) {
                long condemnation = GeneratedId.insert(jdbc
                    .sql("""
                            insert into condemnation (use_id, state_iso3, condemned_on, source, link, statement_id, recorded_by,
                                   recorded_at)
                            values (:use, :iso3, :on, :source, :link, :statement, :by, :now)""")
                    .param("use", use)
                    .param("iso3", statement.party().iso3())
                    .param("on", statement.deliveredOn())
                    .param("source", "Statement: " + statement.title() + " (" + meetingName + ")")
                    .param("link", "/statements/" + id)
                    .param("statement", id)
                    .param("by", by)
                    .param("now", now));
                Map<String, Object> values = new LinkedHashMap<>();
                values.put("use", use);
                values.put("state", statement.party().iso3());
                values.put("date", statement.deliveredOn().toString());
                values.put("statement", id);
                events.publishEvent(AuditedChange.of("condemnation", condemnation, "RECORD", null, values, null));
            }
        }
    }

    /**
     * Publishes every delivered statement of the item not yet published; answers how
     * many.
     */
    int publishDelivered(long meetingId, long itemId) {
        List<Long> ids = jdbc.sql("""
                select id from statement where meeting_id = :m and agenda_item_id = :i and published = false
                   and delivered_on is not null order by id""")
            .param("m", meetingId)
            .param("i", itemId)
            .query(Long.class)
            .list();
        ids.forEach(this::publish);
        return ids.size();
    }

    /** The published statements of an item, in the order delivered. */
    @Transactional(readOnly = true)
    List<StatementRow> published(long meetingId, long itemId, Locale locale) {
        return rows("""
                select %s from statement where meeting_id = :m and agenda_item_id = :i and published = true
                 order by delivered_on, id""".formatted(COLUMNS), Map.of("m", meetingId, "i", itemId), locale);
    }

    /**
     * A meeting's statements the user may see: the published ones, the delegation's own
     * and, for the secretariat, all.
     */
    @Transactional(readOnly = true)
    List<StatementRow> ofMeeting(long meetingId, Locale locale) {
        List<StatementRow> all = rows("""
                select %s from statement where meeting_id = :m order by agenda_item_id, delivered_on, id"""
            .formatted(COLUMNS), Map.of("m", meetingId), locale);
        Optional<ActingUser> user = ActingUser.current();
        return all.stream()
            .filter(r -> r.published()
                    || user.map(u -> Party.parse(r.partyKey()).map(p -> canActFor(u, p)).orElse(false)).orElse(false))
            .toList();
    }

    /** A page of the published statements matching text, state, category and year. */
    record SearchPage(List<StatementRow> rows, PageWindow window) {
    }

    @Transactional(readOnly = true)
    SearchPage search(String text, String iso3, StatementCategory category, Integer year, int page, Locale locale) {
        StringBuilder where = new StringBuilder("published = true");
        Map<String, Object> params = new HashMap<>();
        if (text != null && !text.isBlank()) {
            where.append(" and (lower(title) like :q or lower(body) like :q)");
            params.put("q", "%" + text.trim().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%");
        }
        if (iso3 != null && !iso3.isBlank()) {
            where.append(" and state_iso3 = :iso3");
            params.put("iso3", iso3.trim().toUpperCase(Locale.ROOT));
        }
        if (category != null) {
            where.append(" and category = :category");
            params.put("category", category.name());
        }
        if (year != null) {
            where.append(" and delivered_on >= :from and delivered_on < :to");
            params.put("from", LocalDate.of(Math.max(1900, Math.min(year, 2200)), 1, 1));
            params.put("to", LocalDate.of(Math.max(1900, Math.min(year, 2200)) + 1, 1, 1));
        }
        int total = jdbc.sql("select count(*) from statement where " + where)
            .params(params)
            .query(Long.class)
            .single()
            .intValue();
        PageWindow window = PageWindow.of(total, page, PAGE_SIZE);
        Map<String, Object> paged = new HashMap<>(params);
        paged.put("offset", window.offset());
        paged.put("size", PAGE_SIZE);
        List<StatementRow> rows = rows(
                "select " + COLUMNS + " from statement where " + where
                        + " order by delivered_on desc, id desc offset :offset rows fetch next :size rows only",
                paged, locale);
        return new SearchPage(rows, window);
    }

    /** Published announcements of ratification or accession by states, newest first. */
    @Transactional(readOnly = true)
    List<StatementRow> announcements(Locale locale) {
        return rows("""
                select %s from statement where category = 'ANNOUNCEMENT_OF_RATIFICATION' and state_iso3 is not null
                   and delivered_on is not null order by delivered_on desc, id desc""".formatted(COLUMNS), Map.of(),
                locale);
    }

    private List<StatementRow> rows(String sql, Map<String, ?> params, Locale locale) {
        List<Statement> statements = jdbc.sql(sql).params(params).query((rs, n) -> statement(rs)).list();
        if (statements.isEmpty()) {
            return List.of();
        }
        Map<Long, Meeting> meetingsById = new HashMap<>();
        Map<Long, String> items = new HashMap<>();
        List<StatementRow> rows = new ArrayList<>();
        Map<String, String> partyNames = null;
        for (Statement s : statements) {
            Meeting meeting = meetingsById.computeIfAbsent(s.meetingId(), id -> {
                meetings.agenda(id, locale).forEach(i -> items.put(i.id(), i.title()));
                return meetings.find(id).orElseThrow();
            });
            if (partyNames == null) {
                partyNames = names.all(meeting.firstDay(), locale);
            }
            rows.add(new StatementRow(s.id(), PartyNames.nameOf(partyNames, s.party()), s.party().key(),
                    meeting.shortName(), meeting.id(), s.agendaItemId(), items.getOrDefault(s.agendaItemId(), ""),
                    s.category(), s.language(), s.title(), s.deliveredOn(), s.published(), s.hasPdf()));
        }
        return rows;
    }

    private Statement statement(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        List<Long> uses = jdbc.sql("select use_id from statement_use where statement_id = :id order by use_id")
            .param("id", id)
            .query(Long.class)
            .list();
        return new Statement(id, rs.getLong("meeting_id"), rs.getLong("agenda_item_id"), SpeakerQueries.party(rs),
                StatementCategory.valueOf(rs.getString("category")), UnLanguage.valueOf(rs.getString("language")),
                rs.getString("title"), hasColumn(rs, "body") ? rs.getString("body") : null, rs.getString("pdf_name"),
                rs.getObject("delivered_on", LocalDate.class), rs.getBoolean("published"), uses);
    }

    private static boolean hasColumn(ResultSet rs, String column) throws SQLException {
        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
            if (rs.getMetaData().getColumnLabel(i).equalsIgnoreCase(column)) {
                return true;
            }
        }
        return false;
    }

    static boolean canActFor(ActingUser user, Party party) {
        return party.isState() ? user.canActForState(party.iso3()) : user.canActForOrganisation(party.organisationId());
    }

    private static ActingUser user() {
        return ActingUser.current().orElseThrow(() -> new AccessDeniedException("not signed in"));
    }

}

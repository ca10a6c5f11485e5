package org.ccmdesk.obligations;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.ccmdesk.states.Party;
import org.ccmdesk.states.PartyDirectory;
import org.ccmdesk.states.UnknownStateException;
import org.ccmdesk.system.ActingUser;
import org.ccmdesk.system.AuditedChange;
import org.ccmdesk.system.GeneratedId;
import org.ccmdesk.system.NotFoundException;
import org.ccmdesk.system.RuleViolation;
import org.ccmdesk.system.StatusConflict;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * Recording what a state did: fulfilments and Article 7 reports, voluntary reports,
 * extension requests, and the secretariat's verification. A focal point records for its
 * own state (shown as reported by the state); the secretariat for any state. Each change
 * is audited in its transaction.
 */
@Service
@Transactional
class ObligationRecorder {

    static final LocalDate OPENED_FOR_SIGNATURE = LocalDate.of(2008, 12, 3);

    private final ObligationService obligations;

    private final DocumentStore documents;

    private final PartyDirectory parties;

    private final JdbcClient jdbc;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    ObligationRecorder(ObligationService obligations, DocumentStore documents, PartyDirectory parties, JdbcClient jdbc,
            ApplicationEventPublisher events, Clock clock) {
        this.obligations = obligations;
        this.parties = parties;
        this.documents = documents;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Records that an obligation instance (e.g. ART7_ANNUAL_REPORT:2014) was met; answers
     * the fulfilment id.
     */
    public long record(String iso3, String instance, FulfilmentForm form, MultipartFile document) {
        String code = code(iso3);
        ActingUser user = actingFor(code);
        Obligation obligation = obligations.forState(code, today(), Locale.ENGLISH)
            .stream()
            .filter(o -> o.instance().equals(instance))
            .findFirst()
            .orElseThrow(() -> new NotFoundException("obligation.unknownInstance", instance));
        if (obligation.fulfilmentId() != null || exists(code, instance)) {
            throw new RuleViolation("metOn", "obligation.alreadyRecorded");
        }
        checkDate(form.metOn());
        ReportKind kind = obligation.rule().equals("ART7_INITIAL_REPORT") ? ReportKind.INITIAL
                : obligation.rule().equals("ART7_ANNUAL_REPORT") ? ReportKind.ANNUAL : null;
        Integer year = kind == ReportKind.ANNUAL ? Integer.valueOf(instance.substring(instance.indexOf(':') + 1))
                : null;
        return insert(code, obligation.rule(), instance, form, kind, year, user, document);
    }

    /**
     * Records a line of a bulk import that {@link FulfilmentImport} has already checked
     * against the state's obligations in this same transaction, without computing them
     * again for every line.
     */
    long recordChecked(String iso3, String instance, FulfilmentForm form) {
        String code = code(iso3);
        ActingUser user = actingFor(code);
        String rule = instance.contains(":") ? instance.substring(0, instance.indexOf(':')) : instance;
        ReportKind kind = rule.equals("ART7_INITIAL_REPORT") ? ReportKind.INITIAL
                : rule.equals("ART7_ANNUAL_REPORT") ? ReportKind.ANNUAL : null;
        Integer year = kind == ReportKind.ANNUAL ? Integer.valueOf(instance.substring(instance.indexOf(':') + 1))
                : null;
        return insert(code, rule, instance, form, kind, year, user, null);
    }

    /**
     * A voluntary transparency report (a signatory or observer state, or beyond what is
     * due).
     */
    public long recordVoluntaryReport(String iso3, FulfilmentForm form, MultipartFile document) {
        String code = code(iso3);
        ActingUser user = actingFor(code);
        if (!Party.parse(code).filter(Party::isState).map(parties::exists).orElse(false)) {
            throw new UnknownStateException(iso3);
        }
        checkDate(form.metOn());
        return insert(code, null, null, form, ReportKind.VOLUNTARY, form.metOn().getYear(), user, document);
    }

    public long recordExtension(String iso3, ExtensionForm form) {
        String code = code(iso3);
        ActingUser user = actingFor(code);
        ObligationRule rule = obligations.rules()
            .stream()
            .filter(r -> r.id().equals(form.rule()))
            .findFirst()
            .filter(r -> r.extensionYears() != null)
            .orElseThrow(() -> new RuleViolation("rule", "extension.notExtendable"));
        Obligation current = obligations.forState(code, today(), Locale.ENGLISH)
            .stream()
            .filter(o -> o.rule().equals(rule.id()))
            .findFirst()
            .orElseThrow(() -> new RuleViolation("rule", "extension.notApplicable"));
        checkDate(form.submittedOn(), "submittedOn");
        if (current.dueDate() == null || !form.requestedDeadline().isAfter(current.dueDate())
                || form.requestedDeadline().isAfter(current.dueDate().plusYears(rule.extensionYears()))) {
            throw new RuleViolation("requestedDeadline", "extension.outOfRange", rule.extensionYears());
        }
        LocalDate granted = checkDecision(form);
        long id = GeneratedId.insert(jdbc
            .sql("""
                    insert into extension_request (state_iso3, rule_id, submitted_on, requested_deadline, meeting, decision, decided_on,
                           granted_deadline, source, reported_by_state, recorded_by, recorded_at, verified_by, verified_at)
                    values (:iso3, :rule, :submitted, :requested, :meeting, :decision, :decided, :granted, :source, :byState, :by, :now,
                            :verifiedBy, :verifiedAt)""")
            .param("iso3", code)
            .param("rule", rule.id())
            .param("submitted", form.submittedOn())
            .param("requested", form.requestedDeadline())
            .param("meeting", blankToNull(form.meeting()))
            .param("decision", form.decision().name())
            .param("decided", form.decidedOn())
            .param("granted", granted)
            .param("source", form.source().trim())
            .param("byState", !user.isSecretariat())
            .param("by", user.email())
            .param("now", OffsetDateTime.now(clock))
            .param("verifiedBy", user.isSecretariat() ? user.email() : null)
            .param("verifiedAt", user.isSecretariat() ? OffsetDateTime.now(clock) : null));
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("rule", rule.id());
        values.put("requestedDeadline", form.requestedDeadline());
        values.put("decision", form.decision().name());
        values.put("grantedDeadline", granted);
        events.publishEvent(AuditedChange.of("extension_request", code + ":" + id, "RECORD", null, values, null));
        return id;
    }

    private long insert(String code, String rule, String instance, FulfilmentForm form, ReportKind kind, Integer year,
            ActingUser user, MultipartFile document) {
        Long documentId = documents.store(document, user.email()).orElse(null);
        OffsetDateTime now = OffsetDateTime.now(clock);
        long id = GeneratedId.insert(jdbc
            .sql("""
                    insert into fulfilment (state_iso3, rule_id, instance, met_on, evidence, source, link, document_id, report_kind,
                           report_year, language, forms, reported_by_state, recorded_by, recorded_at, verified_by, verified_at)
                    values (:iso3, :rule, :instance, :metOn, :evidence, :source, :link, :document, :kind, :year, :language, :forms,
                            :byState, :by, :now, :verifiedBy, :verifiedAt)""")
            .param("iso3", code)
            .param("rule", rule)
            .param("instance", instance)
            .param("metOn", form.metOn())
            .param("evidence", blankToNull(form.evidence()))
            .param("source", form.source().trim())
            .param("link", blankToNull(form.link()))
            .param("document", documentId)
            .param("kind", kind == null ? null : kind.name())
            .param("year", year)
            .param("language", blankToNull(form.language()))
            .param("forms", blankToNull(form.forms()))
            .param("byState", !user.isSecretariat())
            .param("by", user.email())
            .param("now", now)
            .param("verifiedBy", user.isSecretariat() ? user.email() : null)
            .param("verifiedAt", user.isSecretariat() ? now : null));
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("instance", instance == null ? "VOLUNTARY_REPORT" : instance);
        values.put("metOn", form.metOn());
        values.put("source", form.source().trim());
        values.put("reportedByState", !user.isSecretariat());
        values.put("document", documentId);
        events.publishEvent(AuditedChange.of("fulfilment", code + ":" + id, "RECORD", null, values, null));
        return id;
    }

    private LocalDate checkDecision(ExtensionForm form) {
        if (form.decision() == ExtensionDecision.PENDING) {
            return null;
        }
        if (form.decidedOn() == null) {
            throw new RuleViolation("decidedOn", "extension.decidedOnRequired");
        }
        checkDate(form.decidedOn(), "decidedOn");
        if (form.decidedOn().isBefore(form.submittedOn())) {
            throw new RuleViolation("decidedOn", "extension.decidedBeforeSubmitted");
        }
        return switch (form.decision()) {
            case GRANTED -> form.grantedDeadline() == null ? form.requestedDeadline() : form.grantedDeadline();
            case GRANTED_SHORTER -> {
                if (form.grantedDeadline() == null || !form.grantedDeadline().isBefore(form.requestedDeadline())) {
                    throw new RuleViolation("grantedDeadline", "extension.shorterNeedsDate");
                }
                yield form.grantedDeadline();
            }
            default -> null;
        };
    }

    private void checkDate(LocalDate date) {
        checkDate(date, "metOn");
    }

    private void checkDate(LocalDate date, String field) {
        if (date.isAfter(today())) {
            throw new RuleViolation(field, "treatyFact.dateInFuture");
        }
        if (date.isBefore(OPENED_FOR_SIGNATURE)) {
            throw new RuleViolation(field, "treatyFact.beforeOpening");
        }
    }

    private boolean exists(String code, String instance) {
        return jdbc.sql("select count(*) from fulfilment where state_iso3 = :iso3 and instance = :instance")
            .param("iso3", code)
            .param("instance", instance)
            .query(Integer.class)
            .single() > 0;
    }

    private static ActingUser actingFor(String code) {
        return ActingUser.current()
            .filter(u -> u.canActForState(code))
            .orElseThrow(() -> new AccessDeniedException("not allowed to record for " + code));
    }

    private static String code(String iso3) {
        return iso3 == null ? "" : iso3.trim().toUpperCase(Locale.ROOT);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

}

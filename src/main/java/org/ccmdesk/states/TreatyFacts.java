package org.ccmdesk.states;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.ccmdesk.system.AuditedChange;
import org.ccmdesk.system.RuleViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recording and correcting treaty events through the application. Each change is checked
 * against the Convention (Art. 15: signature until entry into force; Art. 16: ratification,
 * acceptance or approval by a signatory, accession by a state that has not signed) and written
 * with its audit entry in one transaction: a failed change leaves both as they were.
 */
@Service
@Transactional
class TreatyFacts {

    static final LocalDate OPENED_FOR_SIGNATURE = LocalDate.of(2008, 12, 3);

    private final StateQueries queries;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TreatyFacts(StateQueries queries, JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.queries = queries;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    void record(String iso3, TreatyEventForm form) {
        StateRow state = state(iso3);
        if (current(state.treaty(), form.kind()) != null) {
            throw new RuleViolation("kind", "treatyFact.alreadyRecorded");
        }
        TreatyRecord next = with(state.treaty(), form.kind(), form.date(), form.depositKind());
        check(next, form.kind(), form.date(), form.depositKind());
        jdbc.sql("""
                insert into treaty_event (state_iso3, kind, event_date, deposit_kind, source, shipped, recorded_at, recorded_by)
                values (:iso3, :kind, :date, :dk, :source, false, :now, :by)""")
                .param("iso3", state.iso3()).param("kind", form.kind().name()).param("date", form.date())
                .param("dk", depositKind(form.kind(), form.depositKind())).param("source", form.source().trim())
                .param("now", OffsetDateTime.now(clock)).param("by", actor()).update();
        events.publishEvent(AuditedChange.of("treaty_event", state.iso3() + ":" + form.kind(), "RECORD", null,
                values(form.date(), depositKind(form.kind(), form.depositKind()), form.source().trim(), false), null));
    }

    void correct(String iso3, TreatyEventKind kind, TreatyCorrectionForm form) {
        StateRow state = state(iso3);
        LocalDate old = current(state.treaty(), kind);
        if (old == null) {
            throw new RuleViolation("date", "treatyFact.nothingToCorrect");
        }
        TreatyRecord next = with(state.treaty(), kind, form.date(), form.depositKind());
        check(next, kind, form.date(), form.depositKind());
        Map<String, Object> before = jdbc.sql("""
                select event_date, deposit_kind, source, shipped from treaty_event where state_iso3 = :iso3 and kind = :kind""")
                .param("iso3", state.iso3()).param("kind", kind.name())
                .query((rs, n) -> values(rs.getObject(1, LocalDate.class), rs.getString(2), rs.getString(3), rs.getBoolean(4)))
                .single();
        jdbc.sql("""
                update treaty_event set event_date = :date, deposit_kind = :dk, source = :source, shipped = false,
                       recorded_at = :now, recorded_by = :by, correction_reason = :reason
                 where state_iso3 = :iso3 and kind = :kind""")
                .param("date", form.date()).param("dk", depositKind(kind, form.depositKind())).param("source", form.source().trim())
                .param("now", OffsetDateTime.now(clock)).param("by", actor()).param("reason", form.reason().trim())
                .param("iso3", state.iso3()).param("kind", kind.name()).update();
        events.publishEvent(AuditedChange.of("treaty_event", state.iso3() + ":" + kind, "CORRECT", before,
                values(form.date(), depositKind(kind, form.depositKind()), form.source().trim(), false), form.reason().trim()));
    }

    private void check(TreatyRecord next, TreatyEventKind kind, LocalDate date, DepositKind depositKind) {
        if (date.isAfter(LocalDate.now(clock))) {
            throw new RuleViolation("date", "treatyFact.dateInFuture");
        }
        switch (kind) {
            case SIGNATURE -> {
                if (date.isBefore(OPENED_FOR_SIGNATURE) || !date.isBefore(Article17EntryIntoForce.CONVENTION_IN_FORCE)) {
                    throw new RuleViolation("date", "treatyFact.signatureOutsidePeriod");
                }
                if (next.deposit() != null && next.deposit().isBefore(date)) {
                    throw new RuleViolation("date", "treatyFact.signatureAfterDeposit");
                }
            }
            case DEPOSIT -> {
                if (depositKind == null) {
                    throw new RuleViolation("depositKind", "treatyFact.depositKindRequired");
                }
                if (date.isBefore(OPENED_FOR_SIGNATURE)) {
                    throw new RuleViolation("date", "treatyFact.beforeOpening");
                }
                boolean signedBefore = next.signature() != null && !next.signature().isAfter(date);
                if (depositKind == DepositKind.ACCESSION && next.signature() != null) {
                    throw new RuleViolation("depositKind", "treatyFact.accessionBySignatory");
                }
                if (depositKind != DepositKind.ACCESSION && !signedBefore) {
                    throw new RuleViolation("date", "treatyFact.depositBeforeSignature");
                }
                if (next.withdrawal() != null && !next.withdrawal().isAfter(date)) {
                    throw new RuleViolation("date", "treatyFact.depositAfterWithdrawal");
                }
            }
            case WITHDRAWAL -> {
                if (next.deposit() == null || !date.isAfter(next.deposit())) {
                    throw new RuleViolation("date", "treatyFact.withdrawalWithoutDeposit");
                }
            }
            default -> throw new IllegalStateException();
        }
    }

    private StateRow state(String iso3) {
        String code = iso3 == null ? "" : iso3.trim().toUpperCase(Locale.ROOT);
        if (!code.matches("[A-Z]{3}")) {
            throw new UnknownStateException(iso3);
        }
        return queries.findByIso3(code).orElseThrow(() -> new UnknownStateException(iso3));
    }

    private static LocalDate current(TreatyRecord treaty, TreatyEventKind kind) {
        return switch (kind) {
            case SIGNATURE -> treaty.signature();
            case DEPOSIT -> treaty.deposit();
            case WITHDRAWAL -> treaty.withdrawal();
        };
    }

    private static TreatyRecord with(TreatyRecord treaty, TreatyEventKind kind, LocalDate date, DepositKind depositKind) {
        return switch (kind) {
            case SIGNATURE -> new TreatyRecord(date, treaty.deposit(), treaty.depositKind(), treaty.withdrawal());
            case DEPOSIT -> new TreatyRecord(treaty.signature(), date, depositKind, treaty.withdrawal());
            case WITHDRAWAL -> new TreatyRecord(treaty.signature(), treaty.deposit(), treaty.depositKind(), date);
        };
    }

    private static String depositKind(TreatyEventKind kind, DepositKind depositKind) {
        return kind == TreatyEventKind.DEPOSIT && depositKind != null ? depositKind.name() : null;
    }

    private static Map<String, Object> values(LocalDate date, String depositKind, String source, boolean shipped) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("date", date);
        values.put("depositKind", depositKind);
        values.put("source", source);
        values.put("shipped", shipped);
        return values;
    }

    private static String actor() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "system" : authentication.getName();
    }
}

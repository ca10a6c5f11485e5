package org.ccmdesk.states;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.ccmdesk.system.AuditedChange;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recording and correcting treaty events through the application: the state's record
 * checks the change against the Convention ({@link TreatyRecord#recording}), then it is
 * written with its audit entry in one transaction, so a refused change leaves both as
 * they were.
 */
@Service
@Transactional
class TreatyFacts {

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
        state.treaty().recording(form.kind(), form.date(), form.depositKind(), LocalDate.now(clock));
        jdbc.sql(
                """
                        insert into treaty_event (state_iso3, kind, event_date, deposit_kind, source, shipped, recorded_at, recorded_by)
                        values (:iso3, :kind, :date, :dk, :source, false, :now, :by)""")
            .param("iso3", state.iso3())
            .param("kind", form.kind().name())
            .param("date", form.date())
            .param("dk", depositKind(form.kind(), form.depositKind()))
            .param("source", form.source().trim())
            .param("now", OffsetDateTime.now(clock))
            .param("by", actor())
            .update();
        events.publishEvent(AuditedChange.of("treaty_event", state.iso3() + ":" + form.kind(), "RECORD", null,
                values(form.date(), depositKind(form.kind(), form.depositKind()), form.source().trim(), false), null));
    }

    void correct(String iso3, TreatyEventKind kind, TreatyCorrectionForm form) {
        StateRow state = state(iso3);
        state.treaty().correcting(kind, form.date(), form.depositKind(), LocalDate.now(clock));
        Map<String, Object> before = jdbc
            .sql("""
                    select event_date, deposit_kind, source, shipped from treaty_event where state_iso3 = :iso3 and kind = :kind""")
            .param("iso3", state.iso3())
            .param("kind", kind.name())
            .query((rs, n) -> values(rs.getObject(1, LocalDate.class), rs.getString(2), rs.getString(3),
                    rs.getBoolean(4)))
            .single();
        jdbc.sql("""
                update treaty_event set event_date = :date, deposit_kind = :dk, source = :source, shipped = false,
                       recorded_at = :now, recorded_by = :by, correction_reason = :reason
                 where state_iso3 = :iso3 and kind = :kind""")
            .param("date", form.date())
            .param("dk", depositKind(kind, form.depositKind()))
            .param("source", form.source().trim())
            .param("now", OffsetDateTime.now(clock))
            .param("by", actor())
            .param("reason", form.reason().trim())
            .param("iso3", state.iso3())
            .param("kind", kind.name())
            .update();
        events.publishEvent(AuditedChange.of("treaty_event", state.iso3() + ":" + kind, "CORRECT", before,
                values(form.date(), depositKind(kind, form.depositKind()), form.source().trim(), false),
                form.reason().trim()));
    }

    private StateRow state(String iso3) {
        String code = iso3 == null ? "" : iso3.trim().toUpperCase(Locale.ROOT);
        if (!code.matches("[A-Z]{3}")) {
            throw new UnknownStateException(iso3);
        }
        return queries.findByIso3(code).orElseThrow(() -> new UnknownStateException(iso3));
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

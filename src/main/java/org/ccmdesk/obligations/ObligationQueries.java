package org.ccmdesk.obligations;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the catalogue, fulfilments and extension requests: one query each, for one state
 * or all.
 */
@Component
class ObligationQueries {

    private final JdbcClient jdbc;

    ObligationQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ObligationRule> rules() {
        return jdbc.sql("select * from obligation_rule order by shipped desc, created_at, id")
            .query((rs, n) -> rule(rs))
            .list();
    }

    List<Fulfilment> fulfilments(String iso3) {
        return jdbc
            .sql("select * from fulfilment" + (iso3 == null ? "" : " where state_iso3 = :iso3")
                    + " order by met_on, id")
            .param("iso3", iso3)
            .query((rs, n) -> fulfilment(rs))
            .list();
    }

    java.util.Optional<Fulfilment> fulfilment(long id) {
        return jdbc.sql("select * from fulfilment where id = :id")
            .param("id", id)
            .query((rs, n) -> fulfilment(rs))
            .optional();
    }

    java.util.Optional<ExtensionRequest> extension(long id) {
        return jdbc.sql("select * from extension_request where id = :id")
            .param("id", id)
            .query((rs, n) -> extension(rs))
            .optional();
    }

    List<ExtensionRequest> extensions(String iso3) {
        return jdbc
            .sql("select * from extension_request" + (iso3 == null ? "" : " where state_iso3 = :iso3")
                    + " order by submitted_on, id")
            .param("iso3", iso3)
            .query((rs, n) -> extension(rs))
            .list();
    }

    private static ObligationRule rule(ResultSet rs) throws SQLException {
        return new ObligationRule(rs.getString("id"), rs.getString("source_text"), Theme.valueOf(rs.getString("theme")),
                Map.of("en", rs.getString("title_en"), "fr", rs.getString("title_fr"), "es", rs.getString("title_es")),
                Map.of("en", rs.getString("description_en"), "fr", rs.getString("description_fr"), "es",
                        rs.getString("description_es")),
                AppliesTo.valueOf(rs.getString("applies_to")), DeadlineKind.valueOf(rs.getString("deadline_kind")),
                (Integer) rs.getObject("deadline_amount", Integer.class), rs.getObject("yearly_month", Integer.class),
                rs.getObject("yearly_day", Integer.class), rs.getObject("extension_years", Integer.class),
                rs.getBoolean("shipped"), rs.getObject("records_complete_from", LocalDate.class));
    }

    static Fulfilment fulfilment(ResultSet rs) throws SQLException {
        String kind = rs.getString("report_kind");
        return new Fulfilment(rs.getLong("id"), rs.getString("state_iso3").trim(), rs.getString("rule_id"),
                rs.getString("instance"), rs.getObject("met_on", LocalDate.class), rs.getString("evidence"),
                rs.getString("source"), rs.getString("link"), rs.getObject("document_id", Long.class),
                kind == null ? null : ReportKind.valueOf(kind), rs.getObject("report_year", Integer.class),
                rs.getString("language"), rs.getString("forms"), rs.getBoolean("reported_by_state"),
                rs.getString("recorded_by"), rs.getObject("recorded_at", OffsetDateTime.class),
                rs.getString("verified_by"), rs.getObject("verified_at", OffsetDateTime.class));
    }

    private static ExtensionRequest extension(ResultSet rs) throws SQLException {
        return new ExtensionRequest(rs.getLong("id"), rs.getString("state_iso3").trim(), rs.getString("rule_id"),
                rs.getObject("submitted_on", LocalDate.class), rs.getObject("requested_deadline", LocalDate.class),
                rs.getString("meeting"), ExtensionDecision.valueOf(rs.getString("decision")),
                rs.getObject("decided_on", LocalDate.class), rs.getObject("granted_deadline", LocalDate.class),
                rs.getString("source"), rs.getBoolean("reported_by_state"), rs.getString("recorded_by"),
                rs.getObject("recorded_at", OffsetDateTime.class), rs.getString("verified_by"),
                rs.getObject("verified_at", OffsetDateTime.class));
    }

}

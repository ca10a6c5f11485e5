package org.ccmdesk.states;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads states with their treaty events in one query: never a query per state. */
@Component
class StateQueries {

    private static final String SELECT = """
            select s.iso3, s.name_en, s.name_fr, s.name_es, s.name_ar, s.name_ru, s.name_zh, s.official_name_en,
                   s.un_status, s.un_regional_group, s.region, s.sub_region, s.names_source, s.region_source,
                   s.mission_kind, s.mission_address, s.mission_source,
                   sig.event_date as signature, sig.source as signature_source,
                   dep.event_date as deposit, dep.deposit_kind, dep.source as deposit_source,
                   wd.event_date as withdrawal, wd.source as withdrawal_source
              from state s
              left join treaty_event sig on sig.state_iso3 = s.iso3 and sig.kind = 'SIGNATURE'
              left join treaty_event dep on dep.state_iso3 = s.iso3 and dep.kind = 'DEPOSIT'
              left join treaty_event wd on wd.state_iso3 = s.iso3 and wd.kind = 'WITHDRAWAL'
            """;

    private final JdbcClient jdbc;

    StateQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static final String NAMES = """
            select state_iso3, language, name, formal_name, article, valid_until, date_basis, source
              from state_name
            """;

    List<StateRow> findAll() {
        Map<String, List<StateName>> names = new HashMap<>();
        jdbc.sql(NAMES)
            .query((rs, n) -> names.computeIfAbsent(rs.getString("state_iso3").trim(), k -> new ArrayList<>())
                .add(name(rs)))
            .list();
        return jdbc.sql(SELECT + " order by s.iso3")
            .query((rs, n) -> map(rs, names.getOrDefault(rs.getString("iso3").trim(), List.of())))
            .list();
    }

    Optional<StateRow> findByIso3(String iso3) {
        List<StateName> names = jdbc.sql(NAMES + " where state_iso3 = :iso3")
            .param("iso3", iso3)
            .query((rs, n) -> name(rs))
            .list();
        return jdbc.sql(SELECT + " where s.iso3 = :iso3")
            .param("iso3", iso3)
            .query((rs, n) -> map(rs, names))
            .optional();
    }

    private static StateName name(ResultSet rs) throws SQLException {
        return new StateName(rs.getString("language"), rs.getString("name"), rs.getString("formal_name"),
                rs.getString("article"), rs.getObject("valid_until", LocalDate.class), rs.getString("date_basis"),
                rs.getString("source"));
    }

    List<TreatyRecord> findAllTreatyRecords() {
        return jdbc
            .sql("""
                    select sig.event_date as signature, dep.event_date as deposit, dep.deposit_kind, wd.event_date as withdrawal
                      from state s
                      left join treaty_event sig on sig.state_iso3 = s.iso3 and sig.kind = 'SIGNATURE'
                      left join treaty_event dep on dep.state_iso3 = s.iso3 and dep.kind = 'DEPOSIT'
                      left join treaty_event wd on wd.state_iso3 = s.iso3 and wd.kind = 'WITHDRAWAL'
                    """)
            .query((rs, n) -> treaty(rs))
            .list();
    }

    List<RecordedEvent> findEvents(String iso3) {
        return jdbc.sql("""
                select kind, event_date, deposit_kind, source, shipped, recorded_by, recorded_at, correction_reason
                  from treaty_event where state_iso3 = :iso3 order by event_date""")
            .param("iso3", iso3)
            .query((rs, n) -> new RecordedEvent(TreatyEventKind.valueOf(rs.getString("kind")),
                    rs.getObject("event_date", LocalDate.class),
                    rs.getString("deposit_kind") == null ? null : DepositKind.valueOf(rs.getString("deposit_kind")),
                    rs.getString("source"), rs.getBoolean("shipped"), rs.getString("recorded_by"),
                    rs.getObject("recorded_at", java.time.OffsetDateTime.class), rs.getString("correction_reason")))
            .list();
    }

    List<StateIncome> findIncome(String iso3) {
        return jdbc.sql(
                "select fiscal_year, income_group, source from state_income where state_iso3 = :iso3 order by fiscal_year")
            .param("iso3", iso3)
            .query((rs, n) -> new StateIncome(rs.getString(1), rs.getString(2), rs.getString(3)))
            .list();
    }

    /** Every state's income groups, in one query, by fiscal year within each state. */
    java.util.Map<String, List<StateIncome>> findAllIncome() {
        java.util.Map<String, List<StateIncome>> all = new java.util.HashMap<>();
        jdbc.sql(
                "select state_iso3, fiscal_year, income_group, source from state_income order by state_iso3, fiscal_year")
            .query(rs -> {
                all.computeIfAbsent(rs.getString(1).trim(), k -> new java.util.ArrayList<>())
                    .add(new StateIncome(rs.getString(2), rs.getString(3), rs.getString(4)));
            });
        return all;
    }

    List<AreaFact> findFacts(String areaCode) {
        return jdbc.sql("select topic, fact_value, source from area_fact where area_code = :code order by topic")
            .param("code", areaCode)
            .query((rs, n) -> new AreaFact(rs.getString(1), rs.getString(2), rs.getString(3)))
            .list();
    }

    private static StateRow map(ResultSet rs, List<StateName> dated) throws SQLException {
        Map<String, String> names = new LinkedHashMap<>();
        for (String lang : List.of("en", "fr", "es", "ar", "ru", "zh")) {
            names.put(lang, rs.getString("name_" + lang));
        }
        Map<String, String> sources = new LinkedHashMap<>();
        putIfPresent(sources, "signature", rs.getString("signature_source"));
        putIfPresent(sources, "deposit", rs.getString("deposit_source"));
        putIfPresent(sources, "withdrawal", rs.getString("withdrawal_source"));
        putIfPresent(sources, "names", rs.getString("names_source"));
        putIfPresent(sources, "region", rs.getString("region_source"));
        StateNames all = dated.isEmpty() ? StateNames.current(names, rs.getString("official_name_en"))
                : new StateNames(dated);
        Mission mission = new Mission(MissionKind.valueOf(rs.getString("mission_kind")),
                rs.getString("mission_address"), rs.getString("mission_source"));
        return new StateRow(rs.getString("iso3").trim(), names, rs.getString("official_name_en"),
                rs.getString("un_status"), rs.getString("un_regional_group"), rs.getString("region"),
                rs.getString("sub_region"), treaty(rs), sources, all, mission);
    }

    private static TreatyRecord treaty(ResultSet rs) throws SQLException {
        String kind = rs.getString("deposit_kind");
        return new TreatyRecord(date(rs, "signature"), date(rs, "deposit"),
                kind == null ? null : DepositKind.valueOf(kind), date(rs, "withdrawal"));
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    private static void putIfPresent(Map<String, String> map, String key, String value) {
        if (value != null && !value.isBlank()) {
            map.put(key, value);
        }
    }

}

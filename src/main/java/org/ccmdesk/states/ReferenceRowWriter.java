package org.ccmdesk.states;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Insert-or-update of one shipped reference row; plain SQL that runs the same on H2 and
 * PostgreSQL.
 */
@Component
class ReferenceRowWriter {

    private static final String NAMES_SOURCE = "countries_un.csv: ";

    private static final String REGION_SOURCE = "iso3166_regions.csv (ISO 3166-1 with UN M49 regions)";

    private final JdbcClient jdbc;

    private final Clock clock;

    ReferenceRowWriter(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void upsertState(Map<String, String> country, Map<String, String> region) {
        Map<String, Object> params = new HashMap<>();
        params.put("iso3", country.get("iso3"));
        params.put("iso2", region == null ? null : blankToNull(region.get("alpha-2")));
        params.put("m49", region == null ? null : blankToNull(region.get("country-code")));
        for (String lang : new String[] { "en", "fr", "es", "ar", "ru", "zh" }) {
            params.put("name_" + lang, blankToNull(country.get("name_" + lang)));
        }
        params.put("official", blankToNull(country.get("official_name_en")));
        params.put("un_status", country.get("un_status"));
        params.put("grp", blankToNull(country.get("un_regional_group")));
        params.put("region", region == null ? null : blankToNull(region.get("region")));
        params.put("sub_region", region == null ? null : blankToNull(region.get("sub-region")));
        params.put("names_source", NAMES_SOURCE + country.get("source"));
        params.put("region_source", region == null ? null : REGION_SOURCE);
        int updated = jdbc
            .sql("""
                    update state set iso2 = :iso2, m49_code = :m49, name_en = :name_en, official_name_en = :official,
                           name_fr = :name_fr, name_es = :name_es, name_ar = :name_ar, name_ru = :name_ru, name_zh = :name_zh,
                           un_status = :un_status, un_regional_group = :grp, region = :region, sub_region = :sub_region,
                           names_source = :names_source, region_source = :region_source
                     where iso3 = :iso3""")
            .params(params)
            .update();
        if (updated == 0) {
            jdbc.sql(
                    """
                            insert into state (iso3, iso2, m49_code, name_en, official_name_en, name_fr, name_es, name_ar, name_ru,
                                               name_zh, un_status, un_regional_group, region, sub_region, names_source, region_source)
                            values (:iso3, :iso2, :m49, :name_en, :official, :name_fr, :name_es, :name_ar, :name_ru,
                                    :name_zh, :un_status, :grp, :region, :sub_region, :names_source, :region_source)""")
                .params(params)
                .update();
        }
    }

    /**
     * A shipped event replaces an older shipped one of the same kind; an event recorded
     * through the application ({@code shipped = false}) is never overwritten by a data
     * release.
     */
    int upsertShippedEvent(String iso3, String kind, LocalDate date, DepositKind depositKind, String source) {
        if (date == null) {
            return 0;
        }
        String depositName = depositKind == null ? null : depositKind.name();
        int updated = jdbc.sql("""
                update treaty_event set event_date = :date, deposit_kind = :dk, source = :source
                 where state_iso3 = :iso3 and kind = :kind and shipped = true""")
            .param("date", date)
            .param("dk", depositName)
            .param("source", source)
            .param("iso3", iso3)
            .param("kind", kind)
            .update();
        if (updated > 0 || exists(iso3, kind)) {
            return updated;
        }
        return jdbc.sql("""
                insert into treaty_event (state_iso3, kind, event_date, deposit_kind, source, shipped, recorded_at)
                values (:iso3, :kind, :date, :dk, :source, true, :now)""")
            .param("iso3", iso3)
            .param("kind", kind)
            .param("date", date)
            .param("dk", depositName)
            .param("source", source)
            .param("now", OffsetDateTime.now(clock))
            .update();
    }

    int upsertIncome(String iso3, String fiscalYear, String group, String source) {
        if (group == null || group.isBlank()) {
            return 0;
        }
        int updated = jdbc.sql("""
                update state_income set income_group = :grp, source = :source
                 where state_iso3 = :iso3 and fiscal_year = :fy""")
            .param("grp", group)
            .param("source", source)
            .param("iso3", iso3)
            .param("fy", fiscalYear)
            .update();
        if (updated > 0) {
            return updated;
        }
        return jdbc.sql(
                "insert into state_income (state_iso3, fiscal_year, income_group, source) values (:iso3, :fy, :grp, :source)")
            .param("iso3", iso3)
            .param("fy", fiscalYear)
            .param("grp", group)
            .param("source", source)
            .update();
    }

    int upsertFact(String areaCode, String topic, String value, String source) {
        int updated = jdbc.sql("""
                update area_fact set fact_value = :value, source = :source
                 where area_code = :code and topic = :topic and shipped = true""")
            .param("value", value)
            .param("source", source)
            .param("code", areaCode)
            .param("topic", topic)
            .update();
        if (updated > 0 || jdbc.sql("select count(*) from area_fact where area_code = :code and topic = :topic")
            .param("code", areaCode)
            .param("topic", topic)
            .query(Integer.class)
            .single() > 0) {
            return updated;
        }
        return jdbc.sql("""
                insert into area_fact (area_code, topic, fact_value, source, shipped)
                values (:code, :topic, :value, :source, true)""")
            .param("code", areaCode)
            .param("topic", topic)
            .param("value", value)
            .param("source", source)
            .update();
    }

    /**
     * A shipped flag replaces an older shipped one; a flag recorded through the
     * application stays.
     */
    void upsertShippedFlag(String iso3, StateFlag flag, FlagValue value, String source) {
        int updated = jdbc.sql("""
                update state_flag set flag_value = :value, source = :source
                 where state_iso3 = :iso3 and flag = :flag and shipped = true""")
            .param("value", value.name())
            .param("source", source)
            .param("iso3", iso3)
            .param("flag", flag.name())
            .update();
        boolean exists = jdbc.sql("select count(*) from state_flag where state_iso3 = :iso3 and flag = :flag")
            .param("iso3", iso3)
            .param("flag", flag.name())
            .query(Integer.class)
            .single() > 0;
        if (updated == 0 && !exists) {
            jdbc.sql(
                    """
                            insert into state_flag (state_iso3, flag, flag_value, source, shipped, reported_by_state, recorded_at)
                            values (:iso3, :flag, :value, :source, true, false, :now)""")
                .param("iso3", iso3)
                .param("flag", flag.name())
                .param("value", value.name())
                .param("source", source)
                .param("now", OffsetDateTime.now(clock))
                .update();
        }
    }

    /**
     * The shipped names of one state (current ones from {@code current}, former ones from
     * {@code former}) in place of the shipped ones stored; names recorded through the
     * application stay. The state's own name columns follow the current names.
     */
    int replaceShippedNames(Map<String, String> current, List<Map<String, String>> former) {
        String iso3 = current.get("iso3");
        jdbc.sql("delete from state_name where state_iso3 = :iso3 and shipped = true").param("iso3", iso3).update();
        int count = 0;
        for (String lang : StateNames.LANGUAGES) {
            String name = blankToNull(current.get("name_" + lang));
            if (name != null) {
                String source = blankToNull(current.get("source_" + lang));
                insertName(iso3, lang, name, blankToNull(current.get("formal_" + lang)),
                        blankToNull(current.get("article_" + lang)), null, null,
                        source == null ? current.get("source_other") : source);
                count++;
            }
        }
        for (Map<String, String> row : former) {
            insertName(iso3, row.get("language"), row.get("name"), blankToNull(row.get("formal_name")),
                    blankToNull(row.get("article")), LocalDate.parse(row.get("valid_until")), row.get("date_basis"),
                    row.get("source"));
            count++;
        }
        jdbc.sql("""
                update state set name_en = :en, name_fr = :fr, name_es = :es, official_name_en = :formal
                 where iso3 = :iso3""")
            .param("en", current.get("name_en"))
            .param("fr", current.get("name_fr"))
            .param("es", current.get("name_es"))
            .param("formal", blankToNull(current.get("formal_en")))
            .param("iso3", iso3)
            .update();
        return count;
    }

    private void insertName(String iso3, String language, String name, String formal, String article,
            LocalDate validUntil, String basis, String source) {
        jdbc.sql("""
                insert into state_name (state_iso3, language, name, formal_name, article, valid_until, date_basis,
                                        source, shipped)
                values (:iso3, :language, :name, :formal, :article, :until, :basis, :source, true)""")
            .param("iso3", iso3)
            .param("language", language)
            .param("name", name)
            .param("formal", formal)
            .param("article", article)
            .param("until", validUntil)
            .param("basis", basis)
            .param("source", source.length() > 2000 ? source.substring(0, 2000) : source)
            .update();
    }

    /**
     * A shipped mission kind, unless the secretariat recorded one (its source does not
     * start with the file's name).
     */
    void updateShippedMission(String iso3, MissionKind kind, String address, String source) {
        jdbc.sql("""
                update state set mission_kind = :kind, mission_address = :address, mission_source = :source
                 where iso3 = :iso3 and (mission_source is null or mission_source like 'missions.csv:%')""")
            .param("kind", kind.name())
            .param("address", blankToNull(address))
            .param("source", source)
            .param("iso3", iso3)
            .update();
    }

    private boolean exists(String iso3, String kind) {
        return jdbc.sql("select count(*) from treaty_event where state_iso3 = :iso3 and kind = :kind")
            .param("iso3", iso3)
            .param("kind", kind)
            .query(Integer.class)
            .single() > 0;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

}

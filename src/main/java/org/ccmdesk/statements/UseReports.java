package org.ccmdesk.statements;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
import java.util.TreeMap;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.ccmdesk.states.StateStatus;
import org.ccmdesk.states.TreatyStatus;
import org.ccmdesk.states.TreatyStatusService;
import org.ccmdesk.system.ActingUser;
import org.ccmdesk.system.AuditedChange;
import org.ccmdesk.system.GeneratedId;
import org.ccmdesk.system.NotFoundException;
import org.ccmdesk.system.RuleViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reports of use of cluster munitions (shipped from the reference data, or recorded by
 * the secretariat) and the states' condemnations of each; the condemnation table as of a
 * date.
 */
@Service
@Transactional
class UseReports {

    /**
     * The states module's copy of {@code shared/reference/treaty/affected_2014.csv} (its
     * {@code cm_use} rows are the same as the shared file's, with their sources): those
     * rows are the shipped reports of use, nothing else is read from it.
     */
    static final String REFERENCE = "reference/treaty/affected_2014.csv";

    private final JdbcClient jdbc;

    private final TreatyStatusService treaty;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    private final UseEpisodes episodes;

    UseReports(JdbcClient jdbc, TreatyStatusService treaty, ApplicationEventPublisher events, Clock clock,
            UseEpisodes episodes) {
        this.jdbc = jdbc;
        this.treaty = treaty;
        this.events = events;
        this.clock = clock;
        this.episodes = episodes;
    }

    /**
     * The {@code cm_use} rows of the reference file: seed key, country, description,
     * source.
     */
    static List<String[]> shippedUses() {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader reader = new InputStreamReader(new ClassPathResource(REFERENCE).getInputStream(),
                StandardCharsets.UTF_8)) {
            List<String[]> uses = new ArrayList<>();
            for (CSVRecord row : format.parse(reader)) {
                if ("cm_use".equals(row.get("topic"))) {
                    uses.add(new String[] { "affected_2014:" + row.get("iso3"), row.get("iso3"), row.get("value"),
                            row.get("source") });
                }
            }
            return uses;
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + REFERENCE, e);
        }
    }

    @Transactional(readOnly = true)
    List<CmUse> all() {
        Map<Long, List<UseEpisode>> byUse = episodes.all();
        return jdbc.sql("select * from cm_use order by country_iso3, id")
            .query(UseReports::use)
            .list()
            .stream()
            .map(u -> u.withEpisodes(byUse))
            .toList();
    }

    @Transactional(readOnly = true)
    Optional<CmUse> find(long id) {
        return jdbc.sql("select * from cm_use where id = :id")
            .param("id", id)
            .query(UseReports::use)
            .optional()
            .map(u -> u.withEpisodes(episodes.of(id)));
    }

    long record(UseForm form) {
        String country = form.country().trim().toUpperCase(Locale.ROOT);
        if (treaty.detailOf(country, treaty.today(), Locale.ENGLISH).isEmpty()) {
            throw new RuleViolation("country", "uses.unknownCountry");
        }
        if (form.began() == null && form.ended() != null) {
            throw new RuleViolation("began", "uses.beganMissing");
        }
        if (form.began() != null && form.ended() != null && form.ended().isBefore(form.began())) {
            throw new RuleViolation("ended", "uses.endedBeforeBegan");
        }
        long id = GeneratedId.insert(jdbc.sql("""
                insert into cm_use (country_iso3, period, user_party, description, sources, recorded_by, recorded_at)
                values (:country, :period, :user, :description, :sources, :by, :now)""")
            .param("country", country)
            .param("period", blankToNull(form.period()))
            .param("user", blankToNull(form.userParty()))
            .param("description", form.description().trim())
            .param("sources", form.sources().trim())
            .param("by", by())
            .param("now", OffsetDateTime.now(clock)));
        if (form.began() != null) {
            episodes.add(id, new UseEpisode(form.began(), form.began(), form.ended()), form.description().trim());
        }
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("country", country);
        values.put("period", blankToNull(form.period()));
        values.put("user", blankToNull(form.userParty()));
        values.put("description", form.description().trim());
        values.put("sources", form.sources().trim());
        values.put("began", form.began());
        values.put("ended", form.ended());
        events.publishEvent(AuditedChange.of("cm_use", id, "CREATE", null, values, null));
        return id;
    }

    /**
     * A condemnation made elsewhere, or in a statement named by its id, recorded by the
     * secretariat.
     */
    long condemn(CondemnationForm form) {
        find(form.use()).orElseThrow(() -> new RuleViolation("use", "uses.notFound"));
        String iso3 = form.party().trim().toUpperCase(Locale.ROOT);
        if (!iso3.matches("[A-Z]{3}") || treaty.detailOf(iso3, treaty.today(), Locale.ENGLISH).isEmpty()) {
            throw new RuleViolation("party", "uses.unknownState");
        }
        if (form.date().isAfter(treaty.today())) {
            throw new RuleViolation("date", "uses.dateInFuture");
        }
        if (form.statementId() != null) {
            String partyOfStatement = jdbc.sql("select party_key from statement where id = :id")
                .param("id", form.statementId())
                .query(String.class)
                .optional()
                .orElseThrow(() -> new RuleViolation("statementId", "statements.notFound", form.statementId()));
            if (!partyOfStatement.equals(iso3)) {
                throw new RuleViolation("statementId", "uses.statementOfAnotherState");
            }
        }
        long id = GeneratedId.insert(jdbc
            .sql("""
                    insert into condemnation (use_id, state_iso3, condemned_on, source, link, statement_id, recorded_by, recorded_at)
                    values (:use, :iso3, :on, :source, :link, :statement, :by, :now)""")
            .param("use", form.use())
            .param("iso3", iso3)
            .param("on", form.date())
            .param("source", form.source().trim())
            .param("link", blankToNull(form.link()))
            .param("statement", form.statementId())
            .param("by", by())
            .param("now", OffsetDateTime.now(clock)));
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("use", form.use());
        values.put("state", iso3);
        values.put("date", form.date().toString());
        values.put("source", form.source().trim());
        values.put("link", blankToNull(form.link()));
        values.put("statement", form.statementId());
        events.publishEvent(AuditedChange.of("condemnation", id, "RECORD", null, values, null));
        return id;
    }

    /** The condemnation table of a use as of a date, state names in the locale. */
    @Transactional(readOnly = true)
    CondemnationTable table(long useId, LocalDate asOf, Locale locale) {
        CmUse use = find(useId).orElseThrow(() -> new NotFoundException("uses.notFound", useId));
        record First(LocalDate date, String source, String link) {
        }
        Map<String, First> first = new HashMap<>();
        jdbc.sql("""
                select state_iso3, condemned_on, source, link from condemnation
                 where use_id = :use and condemned_on <= :asOf order by condemned_on, id""")
            .param("use", useId)
            .param("asOf", asOf)
            .query((rs, n) -> {
                first.putIfAbsent(rs.getString("state_iso3").trim(), new First(
                        rs.getObject("condemned_on", LocalDate.class), rs.getString("source"), rs.getString("link")));
                return null;
            })
            .list();
        List<CondemnationTable.Condemned> condemned = new ArrayList<>();
        List<StateStatus> silent = new ArrayList<>();
        List<StateStatus> others = new ArrayList<>();
        Map<TreatyStatus, Long> byStatus = new LinkedHashMap<>();
        Map<String, Long> byRegion = new TreeMap<>();
        String countryName = use.countryIso3();
        List<StateStatus> states = new ArrayList<>(treaty.statusOfAll(asOf, locale));
        states.sort(java.util.Comparator.comparing(StateStatus::name, java.text.Collator.getInstance(locale)));
        for (StateStatus state : states) {
            if (state.iso3().equals(use.countryIso3())) {
                countryName = state.name();
            }
            First f = first.get(state.iso3());
            if (f != null) {
                condemned.add(new CondemnationTable.Condemned(state, f.date(), f.source(), f.link()));
                byStatus.merge(state.status(), 1L, Long::sum);
                byRegion.merge(state.region() == null ? "" : state.region(), 1L, Long::sum);
            }
            else if (state.status().isStateParty()) {
                silent.add(state);
            }
            else {
                others.add(state);
            }
        }
        condemned.sort(java.util.Comparator.comparing(CondemnationTable.Condemned::date));
        return new CondemnationTable(use, countryName, asOf, condemned, silent, others, byStatus, byRegion);
    }

    /**
     * What a state condemned, as of a date: each use once, with its first condemnation.
     */
    record StateCondemnation(long useId, String countryIso3, LocalDate date, String source, String link) {
    }

    @Transactional(readOnly = true)
    List<StateCondemnation> condemnedBy(String iso3, LocalDate asOf) {
        List<StateCondemnation> all = jdbc.sql("""
                select c.use_id, u.country_iso3, c.condemned_on, c.source, c.link from condemnation c
                  join cm_use u on u.id = c.use_id
                 where c.state_iso3 = :iso3 and c.condemned_on <= :asOf order by c.condemned_on, c.id""")
            .param("iso3", iso3)
            .param("asOf", asOf)
            .query((rs, n) -> new StateCondemnation(rs.getLong("use_id"), rs.getString("country_iso3").trim(),
                    rs.getObject("condemned_on", LocalDate.class), rs.getString("source"), rs.getString("link")))
            .list();
        Map<Long, StateCondemnation> firstByUse = new LinkedHashMap<>();
        all.forEach(c -> firstByUse.putIfAbsent(c.useId(), c));
        return List.copyOf(firstByUse.values());
    }

    private static String by() {
        return ActingUser.current().map(ActingUser::email).orElse("system");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static CmUse use(ResultSet rs, int n) throws SQLException {
        return new CmUse(rs.getLong("id"), rs.getString("country_iso3").trim(), rs.getString("period"),
                rs.getString("user_party"), rs.getString("description"), rs.getString("sources"),
                rs.getString("seed_key") != null, List.of());
    }

}

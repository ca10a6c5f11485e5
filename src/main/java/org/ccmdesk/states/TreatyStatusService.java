package org.ccmdesk.states;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Treaty status of every state as of any date. Each call reads what it needs from the
 * database (one query for all states or the headline figures; four for one state's
 * details: the state, its income groups, facts and recorded events) and derives the rest
 * in memory, with nothing cached, so a fact recorded by another instance shows at once.
 */
@Service
@Transactional(readOnly = true)
public class TreatyStatusService {

    private final StateQueries queries;

    private final Clock clock;

    TreatyStatusService(StateQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    /** Today by the application's clock (Geneva time by default). */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * All states in code order with their status as of {@code asOf}, names in
     * {@code locale}.
     */
    public List<StateStatus> statusOfAll(LocalDate asOf, Locale locale) {
        return queries.findAll().stream().map(row -> StateStatus.of(row, asOf, locale)).toList();
    }

    /** One state by its ISO alpha-3 code, in any letter case. */
    public Optional<StateDetail> detailOf(String iso3, LocalDate asOf, Locale locale) {
        String code = iso3 == null ? "" : iso3.trim().toUpperCase(Locale.ROOT);
        if (!code.matches("[A-Z]{3}")) {
            return Optional.empty();
        }
        return queries.findByIso3(code)
            .map(row -> StateDetail.of(row, asOf, locale, queries.findIncome(code), queries.findFacts(code),
                    queries.findEvents(code)));
    }

    /**
     * The World Bank income groups of every state (by ISO alpha-3 code), each state's in
     * the order of the fiscal years, in one query.
     */
    public java.util.Map<String, List<StateIncome>> incomeGroupsOfAll() {
        return queries.findAllIncome();
    }

    /**
     * The name of a state in {@code locale}'s language as it was on {@code date}, with
     * its formal name and French article; empty for an unknown code.
     */
    public Optional<StateName> nameOn(String iso3, LocalDate date, Locale locale) {
        String code = iso3 == null ? "" : iso3.trim().toUpperCase(Locale.ROOT);
        return queries.findByIso3(code).map(row -> row.nameOn(date, locale));
    }

    /**
     * Every state's names in {@code locale} as they were on {@code date}, by ISO code
     * (one query for all).
     */
    public Map<String, StateName> namesOn(LocalDate date, Locale locale) {
        Map<String, StateName> names = new LinkedHashMap<>();
        queries.findAll().forEach(row -> names.put(row.iso3(), row.nameOn(date, locale)));
        return names;
    }

    /** How one state is written to in Geneva; empty for an unknown code. */
    public Optional<Mission> missionOf(String iso3) {
        String code = iso3 == null ? "" : iso3.trim().toUpperCase(Locale.ROOT);
        return queries.findByIso3(code).map(StateRow::mission);
    }

    /** How each state is written to in Geneva, by ISO code. */
    public Map<String, Mission> missions() {
        Map<String, Mission> missions = new LinkedHashMap<>();
        queries.findAll().forEach(row -> missions.put(row.iso3(), row.mission()));
        return missions;
    }

    /** Every name each state has had (short and formal, all languages), by ISO code. */
    Map<String, java.util.Set<String>> everyName() {
        Map<String, java.util.Set<String>> names = new LinkedHashMap<>();
        queries.findAll().forEach(row -> names.put(row.iso3(), row.dated().everyName()));
        return names;
    }

    /**
     * How many states have each status as of {@code asOf}, every status present (zero
     * included), from the treaty records alone (no names): the home page's legend.
     */
    public Map<TreatyStatus, Long> countByStatus(LocalDate asOf) {
        Map<TreatyStatus, Long> counts = new java.util.EnumMap<>(TreatyStatus.class);
        for (TreatyStatus status : TreatyStatus.values()) {
            counts.put(status, 0L);
        }
        queries.findAllTreatyRecords().forEach(record -> counts.merge(record.statusOn(asOf), 1L, Long::sum));
        return counts;
    }

    /**
     * Headline figures on each of {@code days}, in that order, from one read of the
     * records.
     */
    public List<TreatySummary> summariesOn(List<LocalDate> days) {
        List<TreatyRecord> records = queries.findAllTreatyRecords();
        return days.stream().map(day -> TreatySummary.of(day, records)).toList();
    }

    public TreatySummary summary(LocalDate asOf) {
        return TreatySummary.of(asOf, queries.findAllTreatyRecords());
    }

    /**
     * Headline figures on the first day of every month from {@code from} to {@code to},
     * and on {@code to} itself: the series behind the chart of States Parties over time.
     */
    public List<TreatySummary> monthlySummaries(LocalDate from, LocalDate to) {
        List<TreatyRecord> records = queries.findAllTreatyRecords();
        List<TreatySummary> series = new ArrayList<>();
        for (LocalDate day = from.withDayOfMonth(1); day.isBefore(to); day = day.plusMonths(1)) {
            series.add(TreatySummary.of(day, records));
        }
        series.add(TreatySummary.of(to, records));
        return series;
    }

}

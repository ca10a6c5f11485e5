package org.ccmdesk.states;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The in-memory part of the treaty status: what {@link TreatyStatusService} does with the rows
 * that its one query returns. The shipped reference files are read here directly (no Spring, no
 * database), so the figures are those of the computation alone.
 *
 * <p>Run with {@code ./mvnw -Pbench -DskipTests test-compile exec:exec} (see README, "Benchmarks").
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class TreatyStatusBenchmark {

    static final LocalDate AS_OF = LocalDate.of(2014, 4, 7);
    static final LocalDate SERIES_FROM = LocalDate.of(2008, 12, 1);
    static final LocalDate SERIES_TO = LocalDate.of(2026, 11, 1);

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

    List<StateRow> rows;
    List<StateRow> datedRows;
    List<TreatyRecord> records;
    final Locale locale = Locale.ENGLISH;
    final StateListFilter apiFilter = new StateListFilter(null, null, null, null, "name", "asc");

    @Setup
    public void load() {
        Map<String, TreatyRecord> treaties = new HashMap<>();
        for (Map<String, String> row : read("states.csv")) {
            String kind = row.get("deposit_kind");
            treaties.put(row.get("iso3"), new TreatyRecord(date(row.get("signature_date")), date(row.get("deposit_date")),
                    kind == null || kind.isBlank() ? null : DepositKind.valueOf(kind.toUpperCase(Locale.ROOT)),
                    date(row.get("withdrawal_effective"))));
        }
        Map<String, Map<String, String>> regions = new HashMap<>();
        for (Map<String, String> row : read("iso3166_regions.csv")) {
            regions.put(row.get("alpha-3"), row);
        }
        rows = new ArrayList<>();
        for (Map<String, String> country : read("countries_un.csv")) {
            String iso3 = country.get("iso3");
            Map<String, String> names = new LinkedHashMap<>();
            for (String lang : List.of("en", "fr", "es", "ar", "ru", "zh")) {
                names.put(lang, country.get("name_" + lang));
            }
            Map<String, String> region = regions.getOrDefault(iso3, Map.of());
            rows.add(new StateRow(iso3, names, country.get("official_name_en"), country.get("un_status"),
                    country.get("un_regional_group"), region.get("region"), region.get("sub-region"),
                    treaties.getOrDefault(iso3, TreatyRecord.NONE), Map.of()));
        }
        if (rows.size() != 197) {
            throw new IllegalStateException("Expected 197 states in countries_un.csv, found " + rows.size());
        }
        records = rows.stream().map(StateRow::treaty).toList();
        Map<String, List<StateName>> names = new HashMap<>();
        for (Map<String, String> row : read("../names/state_names.csv")) {
            for (String lang : StateNames.LANGUAGES) {
                String name = row.get("name_" + lang);
                if (name != null && !name.isBlank()) {
                    names.computeIfAbsent(row.get("iso3"), k -> new ArrayList<>())
                        .add(new StateName(lang, name, row.get("formal_" + lang), row.get("article_" + lang), null, null, "s"));
                }
            }
        }
        for (Map<String, String> row : read("../names/state_name_history.csv")) {
            names.computeIfAbsent(row.get("iso3"), k -> new ArrayList<>())
                .add(new StateName(row.get("language"), row.get("name"), row.get("formal_name"), row.get("article"),
                        LocalDate.parse(row.get("valid_until")), row.get("date_basis"), "s"));
        }
        datedRows = rows.stream()
            .map(r -> new StateRow(r.iso3(), r.names(), r.officialNameEn(), r.unStatus(), r.unRegionalGroup(), r.region(),
                    r.subRegion(), r.treaty(), r.sources(), new StateNames(names.get(r.iso3())), Mission.PERMANENT))
            .toList();
    }

    /** (d) Status of every state with the names of the date (UN names, history, six languages), in French. */
    @Benchmark
    public List<StateStatus> statusOfAllStatesWithDatedNames() {
        List<StateStatus> result = new ArrayList<>(datedRows.size());
        for (StateRow row : datedRows) {
            result.add(StateStatus.of(row, AS_OF, Locale.FRENCH));
        }
        return result;
    }

    /** (e) The API's search in every name each state has had ("Eswatini" as of 2014 finds Swaziland). */
    @Benchmark
    public List<StateStatus> searchEveryName() {
        Map<String, java.util.Set<String>> every = new HashMap<>();
        for (StateRow row : datedRows) {
            every.put(row.iso3(), row.dated().everyName());
        }
        return new StateListFilter(null, null, null, "Eswatini", "name", "asc").apply(statusOfAllStatesWithDatedNames(),
                Locale.FRENCH, every::get);
    }

    /** (a) Status of every state as of one date, as {@code TreatyStatusService.statusOfAll} derives it. */
    @Benchmark
    public List<StateStatus> statusOfAllStates() {
        List<StateStatus> result = new ArrayList<>(rows.size());
        for (StateRow row : rows) {
            result.add(StateStatus.of(row, AS_OF, locale));
        }
        return result;
    }

    /** (a') The same plus the API's filter and sort by name (a Collator): the in-memory work of GET /api/states. */
    @Benchmark
    public List<StateStatus> statusOfAllStatesSortedAsApi() {
        return apiFilter.apply(statusOfAllStates(), locale);
    }

    /** (b) Headline figures for one date. */
    @Benchmark
    public TreatySummary summary() {
        return TreatySummary.of(AS_OF, records);
    }

    /** (c) The monthly series 2008-12 .. 2026-11, as {@code TreatyStatusService.monthlySummaries} builds it. */
    @Benchmark
    public List<TreatySummary> monthlySeries() {
        List<TreatySummary> series = new ArrayList<>();
        for (LocalDate day = SERIES_FROM; day.isBefore(SERIES_TO); day = day.plusMonths(1)) {
            series.add(TreatySummary.of(day, records));
        }
        series.add(TreatySummary.of(SERIES_TO, records));
        return series;
    }

    private static List<Map<String, String>> read(String file) {
        String path = "reference/treaty/" + file;
        InputStream in = TreatyStatusBenchmark.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("Not on the classpath: " + path);
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return FORMAT.parse(reader).stream().map(CSVRecord::toMap).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static LocalDate date(String value) {
        return value == null || value.isBlank() ? null : LocalDate.parse(value.trim());
    }
}

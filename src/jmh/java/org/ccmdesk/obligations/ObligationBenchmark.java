package org.ccmdesk.obligations;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.ccmdesk.states.DepositKind;
import org.ccmdesk.states.TreatyRecord;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The in-memory part of {@link ObligationService#forAll}: the obligations of every State Party as
 * of one date, from data already loaded (the shipped treaty dates; the 13 shipped rules with their
 * deadline kinds; one fulfilment per state). Target: under 1 ms for all states.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ObligationBenchmark {

    static final LocalDate AS_OF = LocalDate.of(2025, 6, 22);

    List<ObligationCalculator.StateContext> parties;
    List<ObligationRule> rules;
    Map<String, Map<String, Fulfilment>> fulfilments;

    @Setup
    public void load() {
        parties = new ArrayList<>();
        fulfilments = new HashMap<>();
        try (InputStream in = getClass().getResourceAsStream("/reference/treaty/states.csv")) {
            for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String kind = row.get("deposit_kind");
                TreatyRecord treaty = new TreatyRecord(date(row.get("signature_date")), date(row.get("deposit_date")),
                        kind.isBlank() ? null : DepositKind.valueOf(kind.toUpperCase(Locale.ROOT)),
                        date(row.get("withdrawal_effective"))).knownOn(AS_OF);
                if (treaty.deposit() != null) {
                    String iso3 = row.get("iso3");
                    parties.add(new ObligationCalculator.StateContext(iso3, treaty.entryIntoForce(), treaty.withdrawal() != null,
                            Map.of()));
                    fulfilments.put(iso3, Map.of("ART7_INITIAL_REPORT", new Fulfilment(1, iso3, "ART7_INITIAL_REPORT",
                            "ART7_INITIAL_REPORT", treaty.entryIntoForce().plusDays(170), null, "s", null, null, ReportKind.INITIAL,
                            null, null, null, true, "fp", OffsetDateTime.now(), null, null)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        rules = List.of(rule("ART7_INITIAL_REPORT", AppliesTo.ALL, DeadlineKind.DAYS_AFTER_EIF, 180, null),
                rule("ART7_ANNUAL_REPORT", AppliesTo.ALL, DeadlineKind.YEARLY_DATE, null, null),
                rule("ART3_STOCKPILE_DESTRUCTION", AppliesTo.HELD_STOCKPILES, DeadlineKind.YEARS_AFTER_EIF, 8, 4),
                rule("ART4_CLEARANCE", AppliesTo.CONTAMINATED, DeadlineKind.YEARS_AFTER_EIF, 10, 5),
                rule("ART9_NATIONAL_MEASURES", AppliesTo.ALL, DeadlineKind.NONE, null, null),
                rule("VAP_STOCKPILE_PLAN", AppliesTo.HELD_STOCKPILES, DeadlineKind.YEARS_AFTER_EIF, 1, null),
                rule("VAP_CONTAMINATED_AREAS", AppliesTo.CONTAMINATED, DeadlineKind.YEARS_AFTER_EIF, 1, null),
                rule("VAP_CLEARANCE_PLAN", AppliesTo.CONTAMINATED, DeadlineKind.YEARS_AFTER_EIF, 1, null),
                rule("VAP_VA_FOCAL_POINT", AppliesTo.HAS_VICTIMS, DeadlineKind.MONTHS_AFTER_EIF, 6, null),
                rule("VAP_VA_DATA", AppliesTo.HAS_VICTIMS, DeadlineKind.YEARS_AFTER_EIF, 1, null),
                rule("VAP_VA_COORDINATION", AppliesTo.HAS_VICTIMS, DeadlineKind.YEARS_AFTER_EIF, 1, null),
                rule("VAP_VA_LAWS_REVIEW", AppliesTo.HAS_VICTIMS, DeadlineKind.YEARS_AFTER_EIF, 1, null),
                rule("VAP_COOPERATION_NEEDS", AppliesTo.AFFECTED, DeadlineKind.YEARS_AFTER_EIF, 1, null));
    }

    @Benchmark
    public List<Obligation> allStatesAsOf() {
        List<Obligation> all = new ArrayList<>();
        for (ObligationCalculator.StateContext state : parties) {
            all.addAll(ObligationCalculator.compute(state, rules, fulfilments.getOrDefault(state.iso3(), Map.of()), List.of(), AS_OF,
                    Locale.ENGLISH));
        }
        return all;
    }

    private static ObligationRule rule(String id, AppliesTo appliesTo, DeadlineKind kind, Integer amount, Integer extension) {
        return new ObligationRule(id, "benchmark", Theme.TRANSPARENCY, Map.of("en", id), Map.of("en", id), appliesTo, kind, amount,
                kind == DeadlineKind.YEARLY_DATE ? 4 : null, kind == DeadlineKind.YEARLY_DATE ? 30 : null, extension, true,
                LocalDate.of(2000, 1, 1));
    }

    private static LocalDate date(String text) {
        return text == null || text.isBlank() ? null : LocalDate.parse(text.trim());
    }
}

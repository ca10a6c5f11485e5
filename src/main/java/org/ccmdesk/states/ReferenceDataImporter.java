package org.ccmdesk.states;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the shipped reference data (states, treaty events, income groups, facts) at
 * start-up. Idempotent: a release whose checksum is already recorded is skipped;
 * otherwise shipped rows are inserted or brought up to date, and rows recorded through
 * the application are left alone. The row lock on {@code reference_import} keeps two
 * instances from importing at once.
 */
@Component
class ReferenceDataImporter implements ApplicationRunner {

    /** Raise when the import logic changes, so that existing databases import again. */
    static final int VERSION = 3;

    private static final Logger log = LoggerFactory.getLogger(ReferenceDataImporter.class);

    private final JdbcClient jdbc;

    private final ReferenceRowWriter writer;

    private final Clock clock;

    ReferenceDataImporter(JdbcClient jdbc, ReferenceRowWriter writer, Clock clock) {
        this.jdbc = jdbc;
        this.writer = writer;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        String checksum = ReferenceCsv.checksum(VERSION);
        String stored = jdbc.sql("select checksum from reference_import where name = 'treaty' for update")
            .query(String.class)
            .optional()
            .orElse(null);
        if (checksum.equals(stored)) {
            log.info("Reference data is up to date ({})", checksum.substring(0, 12));
            return;
        }
        importAll();
        jdbc.sql("update reference_import set checksum = :checksum, imported_at = :now where name = 'treaty'")
            .param("checksum", checksum)
            .param("now", OffsetDateTime.now(clock))
            .update();
    }

    void importAll() {
        Map<String, Map<String, String>> regions = ReferenceCsv.read("iso3166_regions.csv")
            .stream()
            .collect(Collectors.toMap(r -> r.get("alpha-3"), Function.identity()));
        List<Map<String, String>> countries = ReferenceCsv.read("countries_un.csv");
        for (Map<String, String> country : countries) {
            writer.upsertState(country, regions.get(country.get("iso3")));
        }
        Set<String> known = countries.stream().map(c -> c.get("iso3")).collect(Collectors.toSet());
        int events = 0;
        for (Map<String, String> row : ReferenceCsv.read("states.csv")) {
            events += importEvents(row);
        }
        int incomes = 0;
        for (Map<String, String> row : ReferenceCsv.read("income_2014.csv")) {
            if (known.contains(row.get("iso3"))) {
                incomes += writer.upsertIncome(row.get("iso3"), "FY14", row.get("group_fy14"), row.get("source"));
                incomes += writer.upsertIncome(row.get("iso3"), "FY15", row.get("group_fy15"), row.get("source"));
            }
        }
        int facts = 0;
        Set<String> flagged = new java.util.HashSet<>();
        for (Map<String, String> row : ReferenceCsv.read("affected_2014.csv")) {
            facts += writer.upsertFact(row.get("iso3"), row.get("topic"), row.get("value"), row.get("source"));
            ShippedFlag.of(row)
                .filter(flag -> known.contains(row.get("iso3")))
                .filter(flag -> flagged.add(row.get("iso3") + flag.flag()))
                .ifPresent(flag -> writer.upsertShippedFlag(row.get("iso3"), flag.flag(), flag.value(), flag.source()));
        }
        for (Map<String, String> row : ReferenceCsv.read("victims.csv")) {
            if (known.contains(row.get("iso3")) && "yes".equalsIgnoreCase(row.get("has_victims").trim())) {
                writer.upsertShippedFlag(row.get("iso3"), StateFlag.HAS_VICTIMS, FlagValue.YES,
                        "victims.csv: " + row.get("source"));
            }
        }
        int names = importNames(known);
        for (Map<String, String> row : ReferenceCsv.read("../names/missions.csv")) {
            writer.updateShippedMission(row.get("iso3"), MissionKind.valueOf(row.get("mission_kind")),
                    row.get("address"), "missions.csv: " + row.get("source"));
        }
        log.info("Reference data imported: {} states, {} treaty events, {} income groups, {} facts, {} names",
                countries.size(), events, incomes, facts, names);
    }

    /**
     * The current names of every state and its former ones, replacing the shipped rows.
     */
    private int importNames(Set<String> known) {
        Map<String, List<Map<String, String>>> history = ReferenceCsv.read("../names/state_name_history.csv")
            .stream()
            .collect(Collectors.groupingBy(r -> r.get("iso3")));
        int count = 0;
        for (Map<String, String> row : ReferenceCsv.read("../names/state_names.csv")) {
            String iso3 = row.get("iso3");
            if (known.contains(iso3)) {
                count += writer.replaceShippedNames(row, history.getOrDefault(iso3, List.of()));
            }
        }
        return count;
    }

    private int importEvents(Map<String, String> row) {
        String iso3 = row.get("iso3");
        String source = row.get("source");
        int count = writer.upsertShippedEvent(iso3, "SIGNATURE", date(row.get("signature_date")), null, source);
        String kind = row.get("deposit_kind");
        DepositKind depositKind = kind == null || kind.isBlank() ? null
                : DepositKind.valueOf(kind.toUpperCase(Locale.ROOT));
        count += writer.upsertShippedEvent(iso3, "DEPOSIT", date(row.get("deposit_date")), depositKind, source);
        count += writer.upsertShippedEvent(iso3, "WITHDRAWAL", date(row.get("withdrawal_effective")), null, source);
        return count;
    }

    private static LocalDate date(String text) {
        return text == null || text.isBlank() ? null : LocalDate.parse(text.trim());
    }

}

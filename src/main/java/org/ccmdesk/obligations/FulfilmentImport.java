package org.ccmdesk.obligations;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.ccmdesk.states.UnknownStateException;
import org.ccmdesk.system.CsvImport;
import org.ccmdesk.system.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports the ISU's existing lists of fulfilments from CSV (iso3, instance, met_on,
 * source, evidence, link). A dry run says what each line would do or why it cannot;
 * applying records every line in one transaction, and only when every line is valid.
 */
@Service
@Transactional(readOnly = true)
class FulfilmentImport {

    static final int MAX_LINES = 5000;
    static final List<String> REQUIRED = List.of("iso3", "instance", "met_on", "source");

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
        .setHeader()
        .setSkipHeaderRecord(true)
        .setIgnoreHeaderCase(true)
        .setTrim(true)
        .setAllowMissingColumnNames(true)
        .get();

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
        .withResolverStyle(ResolverStyle.STRICT);

    private static final Pattern LINK = Pattern.compile("^https?://\\S+$");

    /** A reason as a message key and its arguments. */
    record Problem(String key, Object... args) {
    }

    /**
     * One line of the file: {@code number} as the user sees it (the header is line 1).
     * Public methods: the page calls them.
     */
    record Line(int number, String iso3, String instance, LocalDate metOn, String evidence, String source, String link,
            List<Problem> problems) {

        public boolean valid() {
            return problems.isEmpty();
        }

        /** What recording it would do, as a message key and arguments. */
        public Problem outcome() {
            return new Problem("import.wouldRecord", instance, iso3, String.valueOf(metOn));
        }

        FulfilmentForm form() {
            return new FulfilmentForm(metOn, evidence, source, link, null, null);
        }
    }

    /**
     * The outcome of every line, and the problems of the file as a whole (then there are
     * no lines).
     */
    record DryRun(List<Line> lines, List<Problem> fileProblems) {

        public boolean valid() {
            return fileProblems.isEmpty() && lines.stream().allMatch(Line::valid);
        }

        public long invalidLines() {
            return lines.stream().filter(l -> !l.valid()).count();
        }
    }

    private final ObligationService obligations;

    private final ObligationRecorder recorder;

    private final Clock clock;

    FulfilmentImport(ObligationService obligations, ObligationRecorder recorder, Clock clock) {
        this.obligations = obligations;
        this.recorder = recorder;
        this.clock = clock;
    }

    /** What importing the text would do; writes nothing. */
    DryRun check(String csvText) {
        String text = csvText == null ? "" : csvText.startsWith("\uFEFF") ? csvText.substring(1) : csvText;
        CsvImport.LineNumbers numbers = CsvImport.LineNumbers.of(text);
        List<Line> lines = new ArrayList<>();
        try (CSVParser parser = FORMAT.parse(new StringReader(text))) {
            if (parser.getHeaderNames().isEmpty()) {
                return problem(new Problem("import.empty"));
            }
            List<String> missing = REQUIRED.stream().filter(c -> !parser.getHeaderMap().containsKey(c)).toList();
            if (!missing.isEmpty()) {
                return problem(new Problem("import.missingColumns", String.join(", ", missing)));
            }
            Checker checker = new Checker();
            for (CSVRecord record : parser) {
                if (record.size() == 1 && record.get(0).isEmpty()) {
                    continue; // a blank line
                }
                if (lines.size() == MAX_LINES) {
                    return problem(new Problem("import.tooManyLines", String.valueOf(MAX_LINES)));
                }
                lines.add(checker.check(record, numbers.lineOf(record.getCharacterPosition())));
            }
        }
        catch (UncheckedIOException | IOException | IllegalArgumentException | IllegalStateException e) {
            return problem(new Problem("import.unreadable"));
        }
        return lines.isEmpty() ? problem(new Problem("import.empty")) : new DryRun(lines, List.of());
    }

    /**
     * Records every line, all or none; refuses the whole file when one line is not valid.
     */
    @Transactional
    int apply(String csvText) {
        DryRun run = check(csvText);
        if (!run.valid()) {
            throw new RuleViolation("csv", "import.invalid");
        }
        for (Line line : run.lines()) {
            recorder.recordChecked(line.iso3(), line.instance(), line.form());
        }
        return run.lines().size();
    }

    /**
     * Checks lines one by one, remembering each state's obligations and the instances
     * already seen in the file.
     */
    private final class Checker {

        private final LocalDate today = LocalDate.now(clock);

        private final Map<String, Optional<Map<String, Obligation>>> states = new HashMap<>();

        private final Map<String, Integer> seen = new HashMap<>();

        Line check(CSVRecord record, int number) {
            List<Problem> problems = new ArrayList<>();
            String iso3 = value(record, "iso3").toUpperCase(Locale.ROOT);
            String instance = value(record, "instance");
            String evidence = value(record, "evidence");
            String source = value(record, "source");
            String link = value(record, "link");
            List<String> absent = REQUIRED.stream().filter(c -> !record.isSet(c)).toList();
            if (!absent.isEmpty()) {
                // a short line: its values cannot be trusted to be in the right columns
                problems.add(new Problem("import.missingValues", String.join(", ", absent)));
                return new Line(number, iso3, instance, null, null, source, null, problems);
            }
            checkObligation(iso3, instance, number, problems);
            LocalDate metOn = date(value(record, "met_on"), problems);
            if (source.isEmpty()) {
                problems.add(new Problem("import.sourceRequired"));
            }
            else if (source.length() > 2000) {
                problems.add(new Problem("import.sourceTooLong", "2000"));
            }
            if (evidence.length() > 4000) {
                problems.add(new Problem("import.evidenceTooLong", "4000"));
            }
            if (!link.isEmpty() && (link.length() > 1000 || !LINK.matcher(link).matches())) {
                problems.add(new Problem("import.badLink", link.length() > 80 ? link.substring(0, 80) + "…" : link));
            }
            return new Line(number, iso3, instance, metOn, blankToNull(evidence), source, blankToNull(link), problems);
        }

        private void checkObligation(String iso3, String instance, int number, List<Problem> problems) {
            if (iso3.isEmpty()) {
                problems.add(new Problem("import.valueRequired", "iso3"));
                return;
            }
            Optional<Map<String, Obligation>> state = states.computeIfAbsent(iso3, this::obligationsOf);
            if (state.isEmpty()) {
                problems.add(new Problem("import.unknownState", iso3));
                return;
            }
            if (instance.isEmpty()) {
                problems.add(new Problem("import.valueRequired", "instance"));
                return;
            }
            Obligation obligation = state.get().get(instance);
            if (obligation == null) {
                problems.add(new Problem("import.notAnObligation", instance, iso3));
            }
            else if (obligation.fulfilmentId() != null) {
                problems.add(new Problem("import.alreadyRecorded", instance, iso3));
            }
            else {
                Integer first = seen.putIfAbsent(iso3 + " " + instance, number);
                if (first != null) {
                    problems.add(new Problem("import.twiceInFile", instance, iso3, String.valueOf(first)));
                }
            }
        }

        private Optional<Map<String, Obligation>> obligationsOf(String iso3) {
            try {
                return Optional.of(obligations.forState(iso3, today, Locale.ENGLISH)
                    .stream()
                    .collect(Collectors.toMap(Obligation::instance, Function.identity(), (a, b) -> a)));
            }
            catch (UnknownStateException e) {
                return Optional.empty();
            }
        }

        private LocalDate date(String value, List<Problem> problems) {
            if (value.isEmpty()) {
                problems.add(new Problem("import.valueRequired", "met_on"));
                return null;
            }
            LocalDate date;
            try {
                date = LocalDate.parse(value, DATE);
            }
            catch (DateTimeParseException e) {
                problems.add(new Problem("import.badDate", value.length() > 40 ? value.substring(0, 40) + "…" : value));
                return null;
            }
            if (date.isAfter(today)) {
                problems.add(new Problem("treatyFact.dateInFuture"));
            }
            else if (date.isBefore(ObligationRecorder.OPENED_FOR_SIGNATURE)) {
                problems.add(new Problem("treatyFact.beforeOpening"));
            }
            return date;
        }

    }

    private static DryRun problem(Problem problem) {
        return new DryRun(List.of(), List.of(problem));
    }

    private static String value(CSVRecord record, String column) {
        return record.isMapped(column) && record.isSet(column) ? record.get(column).strip() : "";
    }

    private static String blankToNull(String value) {
        return value.isEmpty() ? null : value;
    }

}

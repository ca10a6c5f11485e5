package org.ccmdesk.states;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.ccmdesk.system.CsvImport;
import org.ccmdesk.system.CsvImport.Problem;

/**
 * How each state is written to, as CSV ({@code iso3,mission_kind,address}; the kind by
 * its code, the address's lines in one quoted field): an imported file read and checked
 * line by line ({@link CsvImport}), and the export of every state in the same form, so
 * that an exported file, edited in a spreadsheet, imports again.
 */
final class MissionCsv {

    static final String[] HEADER = { "iso3", "mission_kind", "address" };

    static final int MAX_LINES = 1000;

    static final int MAX_ADDRESS = 1000;

    static final String PREFIX = "missions.import.";

    /** One state's line: its code, its mission's kind and the address (null for none). */
    record Entry(String iso3, MissionKind kind, String address) {
    }

    private MissionCsv() {
    }

    /**
     * Reads and checks {@code text}; {@code known} says whether a state code exists. A
     * state given twice names the earlier line.
     */
    static CsvImport.Reading<Entry> read(String text, Predicate<String> known) {
        CsvImport.Reading<Entry> reading = CsvImport.read(text, HEADER, MAX_LINES, PREFIX,
                (record, number) -> line(record, number, known));
        Map<String, Integer> seen = new HashMap<>();
        List<CsvImport.Line<Entry>> lines = new ArrayList<>();
        for (CsvImport.Line<Entry> line : reading.lines()) {
            if (line.entry() != null) {
                Integer first = seen.putIfAbsent(line.entry().iso3(), line.number());
                if (first != null) {
                    line = line.with(new Problem(PREFIX + "duplicateState", "iso3", line.entry().iso3(), first));
                }
            }
            lines.add(line);
        }
        return new CsvImport.Reading<>(lines, reading.fileProblems());
    }

    private static CsvImport.Line<Entry> line(CSVRecord record, int number, Predicate<String> known) {
        List<Problem> problems = new ArrayList<>();
        String iso3 = CsvImport.value(record, "iso3").toUpperCase(Locale.ROOT);
        if (iso3.isEmpty()) {
            problems.add(new Problem(PREFIX + "stateMissing", "iso3"));
        }
        else if (!known.test(iso3)) {
            problems.add(new Problem(PREFIX + "stateUnknown", "iso3", iso3));
        }
        MissionKind kind = kind(CsvImport.value(record, "mission_kind"));
        if (kind == null) {
            problems.add(new Problem(PREFIX + "kindUnknown", "mission_kind", CsvImport.value(record, "mission_kind"),
                    String.join(", ", java.util.Arrays.stream(MissionKind.values()).map(Enum::name).toList())));
        }
        String address = CsvImport.value(record, "address").strip();
        if (address.length() > MAX_ADDRESS) {
            problems.add(new Problem(PREFIX + "addressTooLong", "address", MAX_ADDRESS));
        }
        boolean readable = !iso3.isEmpty() && known.test(iso3) && kind != null;
        return new CsvImport.Line<>(number, readable ? new Entry(iso3, kind, address.isEmpty() ? null : address) : null,
                problems);
    }

    /**
     * The kind by its code, in any letter case, with spaces or hyphens for underscores.
     */
    static MissionKind kind(String value) {
        String code = value.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        for (MissionKind kind : MissionKind.values()) {
            if (kind.name().equals(code)) {
                return kind;
            }
        }
        return null;
    }

    /** Every state's mission in the form of an import. */
    static String write(Map<String, Mission> missions) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER).get())) {
            for (Map.Entry<String, Mission> m : missions.entrySet()) {
                printer.printRecord(m.getKey(), m.getValue().kind().name(),
                        m.getValue().address() == null ? "" : m.getValue().address());
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

}

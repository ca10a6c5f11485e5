package org.ccmdesk.invitations;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.ccmdesk.invitations.MissionContactEntry.Problem;
import org.ccmdesk.states.Party;

/**
 * Mission addresses as CSV ({@code state,email,name,language}; the state by its ISO3
 * code, or {@code org-12} for an organisation): every line of an imported file read and
 * checked, so that the page can list each wrong line by its number before anything is
 * stored; and the export in the same form, so that an exported file imports again.
 */
final class MissionContactCsv {

    static final String[] HEADER = { "state", "email", "name", "language" };

    static final int MAX_LINES = 5000;

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
        .setHeader()
        .setSkipHeaderRecord(true)
        .setIgnoreHeaderCase(true)
        .setTrim(true)
        .setAllowMissingColumnNames(true)
        .get();

    /**
     * One line of the file, {@code number} as a person counts them (the header is line
     * 1); {@code entry} is null when the line names no known party.
     */
    record Line(int number, MissionContactEntry entry, List<Problem> problems) {

        public boolean valid() {
            return problems.isEmpty();
        }
    }

    /**
     * Every line, and the problems of the file as a whole (then no line is read). Public
     * methods: the page calls them.
     */
    record Reading(List<Line> lines, List<Problem> fileProblems) {

        public boolean valid() {
            return fileProblems.isEmpty() && lines.stream().allMatch(Line::valid);
        }

        public List<Line> invalidLines() {
            return lines.stream().filter(l -> !l.valid()).toList();
        }

        List<MissionContactEntry> entries() {
            return lines.stream().map(Line::entry).toList();
        }
    }

    private MissionContactCsv() {
    }

    /** Reads and checks {@code text}; {@code known} says whether a party exists. */
    static Reading read(String text, Predicate<Party> known) {
        String csv = text == null ? "" : text.startsWith("\uFEFF") ? text.substring(1) : text;
        int[] starts = lineStarts(csv);
        List<Line> lines = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        try (CSVParser parser = FORMAT.parse(new StringReader(csv))) {
            if (parser.getHeaderNames().isEmpty()) {
                return fileProblem("missionContacts.import.empty");
            }
            List<String> missing = Arrays.stream(HEADER)
                .filter(column -> !parser.getHeaderMap().containsKey(column))
                .toList();
            if (!missing.isEmpty()) {
                return new Reading(List.of(), List.of(new Problem("missionContacts.import.missingColumns", "file",
                        String.join(", ", missing), String.join(",", HEADER))));
            }
            for (CSVRecord record : parser) {
                if (record.size() == 1 && record.get(0).isEmpty()) {
                    continue; // a blank line
                }
                if (lines.size() == MAX_LINES) {
                    return fileProblem("missionContacts.import.tooManyLines", MAX_LINES);
                }
                Line line = line(record, lineOf(starts, record.getCharacterPosition()), known);
                if (line.entry() != null && line.entry().email() != null) {
                    Integer first = seen.putIfAbsent(line.entry().party().key() + " " + line.entry().email(),
                            line.number());
                    if (first != null) {
                        List<Problem> problems = new ArrayList<>(line.problems());
                        problems.add(new Problem("missionContacts.import.duplicateLine", "email", first));
                        line = new Line(line.number(), line.entry(), problems);
                    }
                }
                lines.add(line);
            }
        }
        catch (UncheckedIOException | IOException | IllegalArgumentException | IllegalStateException e) {
            return fileProblem("missionContacts.import.unreadable");
        }
        return lines.isEmpty() ? fileProblem("missionContacts.import.empty") : new Reading(lines, List.of());
    }

    private static Line line(CSVRecord record, int number, Predicate<Party> known) {
        String state = value(record, "state");
        Optional<Party> party = state.isEmpty() ? Optional.empty() : Party.parse(state);
        List<Problem> problems = new ArrayList<>();
        if (party.isEmpty() || !known.test(party.get())) {
            problems.add(state.isEmpty() ? new Problem("missionContacts.import.stateMissing", "state")
                    : new Problem("missionContacts.import.stateUnknown", "state", state));
        }
        MissionContactEntry entry = MissionContactEntry.of(party.orElse(null), value(record, "email"),
                value(record, "name"), value(record, "language"));
        problems.addAll(entry.problems());
        return new Line(number, party.isPresent() ? entry : null, problems);
    }

    private static String value(CSVRecord record, String column) {
        return record.isMapped(column) && record.isSet(column) ? record.get(column) : "";
    }

    /** The addresses in the form of an import. */
    static String write(List<MissionContact> contacts) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER).get())) {
            for (MissionContact c : contacts) {
                printer.printRecord(c.party().key(), c.email(), c.name() == null ? "" : c.name(), c.language());
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static Reading fileProblem(String key, Object... args) {
        return new Reading(List.of(), List.of(new Problem(key, "file", args)));
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>(List.of(0));
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int lineOf(int[] lineStarts, long position) {
        int index = Arrays.binarySearch(lineStarts, (int) position);
        return (index >= 0 ? index : -index - 2) + 1;
    }

}

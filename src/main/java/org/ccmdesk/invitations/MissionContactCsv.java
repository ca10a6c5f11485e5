package org.ccmdesk.invitations;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.ccmdesk.states.Party;
import org.ccmdesk.system.CsvImport;
import org.ccmdesk.system.CsvImport.Problem;

/**
 * Mission addresses as CSV ({@code state,email,name,language}; the state by its ISO3
 * code, or {@code org-12} for an organisation): every line of an imported file read and
 * checked ({@link CsvImport}), so that the page can list each wrong line by its number
 * before anything is stored; and the export in the same form, so that an exported file
 * imports again.
 */
final class MissionContactCsv {

    static final String[] HEADER = { "state", "email", "name", "language" };

    static final int MAX_LINES = 5000;

    static final String PREFIX = "missionContacts.import.";

    private MissionContactCsv() {
    }

    /**
     * Reads and checks {@code text}; {@code known} says whether a party exists. A line
     * that repeats an earlier line's party and address names that line.
     */
    static CsvImport.Reading<MissionContactEntry> read(String text, Predicate<Party> known) {
        CsvImport.Reading<MissionContactEntry> reading = CsvImport.read(text, HEADER, MAX_LINES, PREFIX,
                (record, number) -> line(record, number, known));
        Map<String, Integer> seen = new HashMap<>();
        List<CsvImport.Line<MissionContactEntry>> lines = new ArrayList<>();
        for (CsvImport.Line<MissionContactEntry> line : reading.lines()) {
            if (line.entry() != null && line.entry().email() != null) {
                Integer first = seen.putIfAbsent(line.entry().party().key() + " " + line.entry().email(),
                        line.number());
                if (first != null) {
                    line = line.with(new Problem(PREFIX + "duplicateLine", "email", first));
                }
            }
            lines.add(line);
        }
        return new CsvImport.Reading<>(lines, reading.fileProblems());
    }

    private static CsvImport.Line<MissionContactEntry> line(CSVRecord record, int number, Predicate<Party> known) {
        String state = CsvImport.value(record, "state");
        Optional<Party> party = state.isEmpty() ? Optional.empty() : Party.parse(state);
        List<Problem> problems = new ArrayList<>();
        if (party.isEmpty() || !known.test(party.get())) {
            problems.add(state.isEmpty() ? new Problem(PREFIX + "stateMissing", "state")
                    : new Problem(PREFIX + "stateUnknown", "state", state));
        }
        MissionContactEntry entry = MissionContactEntry.of(party.orElse(null), CsvImport.value(record, "email"),
                CsvImport.value(record, "name"), CsvImport.value(record, "language"));
        problems.addAll(entry.problems());
        return new CsvImport.Line<>(number, party.isPresent() ? entry : null, problems);
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

}

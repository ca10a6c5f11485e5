package org.ccmdesk.states;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The rows of the states list as CSV (UTF-8, comma separated, ISO dates, status codes as
 * in the API).
 */
final class StateCsvExport {

    static final String[] HEADER = { "iso3", "name", "region", "sub_region", "un_regional_group", "status", "signature",
            "deposit", "deposit_kind", "entry_into_force", "withdrawal", "as_of" };

    private StateCsvExport() {
    }

    static String write(List<StateStatus> states, LocalDate asOf) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER).get())) {
            for (StateStatus s : states) {
                printer.printRecord(s.iso3(), s.name(), s.region(), s.subRegion(), s.unRegionalGroup(), s.status(),
                        s.signature(), s.deposit(), s.depositKind(), s.entryIntoForce(), s.withdrawal(), asOf);
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

}

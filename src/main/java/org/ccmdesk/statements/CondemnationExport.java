package org.ccmdesk.statements;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ccmdesk.states.StateStatus;

/**
 * The condemnation table as CSV and as an Excel workbook: one row per state (condemned,
 * State Party silent, other) with its status and region as of the date; the workbook has
 * a second sheet of counts.
 */
final class CondemnationExport {

    static final List<String> HEADER = List.of("iso3", "state", "status", "region", "group", "condemned_on", "source",
            "link");

    private CondemnationExport() {
    }

    static List<List<String>> rows(CondemnationTable table) {
        List<List<String>> rows = new ArrayList<>();
        for (CondemnationTable.Condemned c : table.condemned()) {
            rows.add(row(c.state(), "CONDEMNED", c.date().toString(), c.source(), c.link()));
        }
        for (StateStatus s : table.statesPartiesSilent()) {
            rows.add(row(s, "STATE_PARTY_SILENT", "", "", ""));
        }
        for (StateStatus s : table.others()) {
            rows.add(row(s, "OTHER", "", "", ""));
        }
        return rows;
    }

    private static List<String> row(StateStatus s, String group, String date, String source, String link) {
        return List.of(s.iso3(), s.name(), s.status().name(), s.region() == null ? "" : s.region(), group, date,
                source == null ? "" : source, link == null ? "" : link);
    }

    static String csv(CondemnationTable table) {
        StringBuilder out = new StringBuilder();
        out.append(String.join(",", HEADER)).append("\r\n");
        for (List<String> row : rows(table)) {
            out.append(String.join(",", row.stream().map(CondemnationExport::quote).toList())).append("\r\n");
        }
        return out.toString();
    }

    /**
     * RFC 4180 quoting; a leading =, +, - or @ is prefixed so that a spreadsheet never
     * runs it.
     */
    private static String quote(String value) {
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }

    static byte[] xlsx(CondemnationTable table) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Condemnations");
            write(sheet.createRow(0), HEADER);
            int r = 1;
            for (List<String> row : rows(table)) {
                write(sheet.createRow(r++), row);
            }
            Sheet counts = workbook.createSheet("Counts");
            write(counts.createRow(0), List.of("by", "value", "condemned"));
            int c = 1;
            for (var e : table.byStatus().entrySet()) {
                Row row = counts.createRow(c++);
                write(row, List.of("status", e.getKey().name()));
                row.createCell(2).setCellValue(e.getValue());
            }
            for (var e : table.byRegion().entrySet()) {
                Row row = counts.createRow(c++);
                write(row, List.of("region", e.getKey()));
                row.createCell(2).setCellValue(e.getValue());
            }
            Row silent = counts.createRow(c);
            write(silent, List.of("States Parties silent", table.asOf().toString()));
            silent.createCell(2).setCellValue(table.statesPartiesSilent().size());
            workbook.write(out);
            return out.toByteArray();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Row row, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            row.createCell(i).setCellValue(values.get(i));
        }
    }

}

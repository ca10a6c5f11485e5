package org.ccmdesk.obligations;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Every obligation of every state as of a date, as CSV or as an Excel workbook (same
 * columns). The workbook is written with POI's streaming SXSSF (100 rows in memory at a
 * time) and kept for the last few (asOf, data) combinations: the key is the data itself
 * (the obligations as computed, with their statuses, and the state names), so a new
 * record, a changed rule or another language makes a new workbook, and the same data is
 * served again without rebuilding it (building took seconds with XSSF, and six anonymous
 * visitors at once could hold the server).
 */
final class ObligationExport {

    static final String[] HEADER = { "iso3", "state", "rule", "instance", "theme", "title", "applicability", "due_date",
            "original_due_date", "status", "met_on", "verified", "reported_by_state", "as_of" };

    private ObligationExport() {
    }

    private static Object[] values(Obligation o, Map<String, String> names, LocalDate asOf) {
        return new Object[] { o.iso3(), names.getOrDefault(o.iso3(), o.iso3()), o.rule(), o.instance(), o.theme(),
                o.title(), o.applicability(), o.dueDate(), o.originalDueDate(), o.status(), o.metOn(), o.verified(),
                o.reportedByState(), asOf };
    }

    static String csv(List<Obligation> obligations, Map<String, String> names, LocalDate asOf) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER).get())) {
            for (Obligation o : obligations) {
                printer.printRecord(values(o, names, asOf));
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private record WorkbookKey(LocalDate asOf, List<Obligation> obligations, Map<String, String> names) {
    }

    static final int CACHED_WORKBOOKS = 8;

    private static final Map<WorkbookKey, byte[]> WORKBOOKS = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<WorkbookKey, byte[]> eldest) {
            return size() > CACHED_WORKBOOKS;
        }
    };

    static byte[] xlsx(List<Obligation> obligations, Map<String, String> names, LocalDate asOf) {
        WorkbookKey key = new WorkbookKey(asOf, List.copyOf(obligations), Map.copyOf(names));
        synchronized (WORKBOOKS) {
            return WORKBOOKS.computeIfAbsent(key, k -> buildXlsx(k.obligations(), k.names(), k.asOf()));
        }
    }

    static byte[] buildXlsx(List<Obligation> obligations, Map<String, String> names, LocalDate asOf) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Obligations " + asOf);
            Row header = sheet.createRow(0);
            for (int i = 0; i < HEADER.length; i++) {
                header.createCell(i).setCellValue(HEADER[i]);
            }
            int line = 1;
            for (Obligation o : obligations) {
                Row row = sheet.createRow(line++);
                Object[] values = values(o, names, asOf);
                for (int i = 0; i < values.length; i++) {
                    row.createCell(i).setCellValue(values[i] == null ? "" : values[i].toString());
                }
            }
            sheet.createFreezePane(0, 1);
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}

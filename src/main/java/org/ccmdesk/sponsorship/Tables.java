package org.ccmdesk.sponsorship;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Tables as CSV or as Excel sheets: headers in the user's language, amounts as numbers in
 * Excel, text that a spreadsheet would run as a formula kept inert.
 */
final class Tables {

    /** A table: its name (the sheet's), header and rows (String or BigDecimal cells). */
    record Table(String name, List<String> header, List<List<Object>> rows) {
    }

    private Tables() {
    }

    static String csv(Table table) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out,
                CSVFormat.RFC4180.builder().setHeader(table.header().toArray(String[]::new)).get())) {
            for (List<Object> row : table.rows()) {
                printer.printRecord(row.stream().map(Tables::text).toList());
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static byte[] xlsx(List<Table> tables) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFCellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            for (Table table : tables) {
                Sheet sheet = workbook.createSheet(table.name()
                    .replaceAll("[\\[\\]:*?/\\\\]", " ")
                    .substring(0, Math.min(31, table.name().length())));
                Row head = sheet.createRow(0);
                for (int i = 0; i < table.header().size(); i++) {
                    Cell cell = head.createCell(i);
                    cell.setCellValue(table.header().get(i));
                    cell.setCellStyle(bold);
                }
                int line = 1;
                for (List<Object> values : table.rows()) {
                    Row row = sheet.createRow(line++);
                    for (int i = 0; i < values.size(); i++) {
                        Object value = values.get(i);
                        Cell cell = row.createCell(i);
                        if (value instanceof BigDecimal number) {
                            cell.setCellValue(number.doubleValue());
                        }
                        else if (value instanceof Number number) {
                            cell.setCellValue(number.doubleValue());
                        }
                        else {
                            cell.setCellValue(value == null ? "" : value.toString());
                        }
                    }
                }
                sheet.createFreezePane(0, 1);
            }
            workbook.write(out);
            return out.toByteArray();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal number) {
            return number.toPlainString();
        }
        String text = value.toString();
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

}

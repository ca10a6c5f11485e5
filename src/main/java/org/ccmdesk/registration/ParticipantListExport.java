package org.ccmdesk.registration;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ccmdesk.registration.ParticipantList.Group;
import org.ccmdesk.registration.ParticipantList.ListedDelegation;
import org.ccmdesk.registration.ParticipantList.Member;
import org.springframework.context.MessageSource;

/**
 * The full list of approved participants (the secretariat's, with e-mail and consent) as
 * CSV or as an Excel workbook, one row per person in the list's order, headers and labels
 * in the user's language (the list is read by people, not imported).
 */
final class ParticipantListExport {

    private static final String[] COLUMNS = { "group", "delegation", "title", "givenNames", "familyName", "badgeName",
            "function", "role", "email", "publicConsent", "late", "accessibility" };

    private final MessageSource messages;

    private final Locale locale;

    ParticipantListExport(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    List<String> header() {
        List<String> header = new ArrayList<>();
        for (String column : COLUMNS) {
            header.add(text("participants.column." + column));
        }
        return header;
    }

    List<List<String>> rows(ParticipantList<Member> list) {
        List<List<String>> rows = new ArrayList<>();
        for (Group<Member> group : list.groups()) {
            for (ListedDelegation<Member> delegation : group.delegations()) {
                for (Member m : delegation.members()) {
                    rows.add(List.of(group.title(), delegation.name(), orEmpty(m.title()), m.givenNames(),
                            m.familyName(), m.badgeName(), m.function(),
                            messages.getMessage(m.role().messageKey(), null, m.role().name(), locale), m.email(),
                            yesNo(m.publicConsent()), yesNo(m.late()), needs(m)));
                }
            }
        }
        return rows;
    }

    String csv(ParticipantList<Member> list) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out,
                CSVFormat.RFC4180.builder().setHeader(header().toArray(String[]::new)).get())) {
            for (List<String> row : rows(list)) {
                printer.printRecord(row.stream().map(ParticipantListExport::inert).toList());
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * A name typed as "=HYPERLINK(...)" must stay text when a spreadsheet opens the CSV
     * (OWASP CSV injection).
     */
    static String inert(String value) {
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    byte[] xlsx(ParticipantList<Member> list) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(sheetName(list.meetingShortName()));
            XSSFCellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            write(sheet.createRow(0), header()).forEach(cell -> cell.setCellStyle(bold));
            int line = 1;
            for (List<String> row : rows(list)) {
                write(sheet.createRow(line++), row);
            }
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, line - 1), 0, COLUMNS.length - 1));
            workbook.write(out);
            return out.toByteArray();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Cell> write(Row row, List<String> values) {
        List<Cell> cells = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(values.get(i));
            cells.add(cell);
        }
        return cells;
    }

    /** Excel refuses sheet names over 31 characters or with []:*?/\. */
    private static String sheetName(String shortName) {
        String name = shortName == null ? "" : shortName.replaceAll("[\\[\\]:*?/\\\\]", " ").trim();
        return name.isEmpty() ? "Participants" : name.substring(0, Math.min(31, name.length()));
    }

    /** The needs in words, then what the person wrote, separated by semicolons. */
    private String needs(Member m) {
        List<String> needs = new ArrayList<>();
        m.needs().forEach(need -> needs.add(text(need.messageKey())));
        if (m.otherNeeds() != null && !m.otherNeeds().isBlank()) {
            needs.add(m.otherNeeds());
        }
        return String.join("; ", needs);
    }

    private String yesNo(boolean value) {
        return text(value ? "participants.yes" : "participants.no");
    }

    private String text(String key) {
        return messages.getMessage(key, null, locale);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

}

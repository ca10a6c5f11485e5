package org.ccmdesk.system;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.http.MediaType;
import org.springframework.web.multipart.MultipartFile;

/**
 * An uploaded CSV file imported all or nothing: the upload checked (present, size, type,
 * UTF-8) and cleaned, then every line read and checked, so that a page can list each
 * wrong line by its number before anything is stored. The modules give the columns, the
 * message keys' prefix and how one line becomes an entry. The prefix's keys used here are
 * {@code empty}, {@code missingColumns}, {@code tooManyLines}, {@code unreadable},
 * {@code noFile}, {@code tooLarge}, {@code notCsv} and {@code notUtf8}.
 */
public final class CsvImport {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
        .setHeader()
        .setSkipHeaderRecord(true)
        .setIgnoreHeaderCase(true)
        .setTrim(true)
        .setAllowMissingColumnNames(true)
        .get();

    private CsvImport() {
    }

    /** What is wrong, as a message key with its arguments, and the field it is about. */
    public record Problem(String key, String field, Object... args) {
    }

    /**
     * One line of the file, {@code number} as a person counts them (the header is line
     * 1); {@code entry} is null when the line could not be read into one.
     */
    public record Line<E>(int number, E entry, List<Problem> problems) {

        public boolean valid() {
            return problems.isEmpty();
        }

        /** The same line with one more problem. */
        public Line<E> with(Problem problem) {
            List<Problem> more = new ArrayList<>(problems);
            more.add(problem);
            return new Line<>(number, entry, List.copyOf(more));
        }
    }

    /** Every line, and the problems of the file as a whole (then no line is read). */
    public record Reading<E>(List<Line<E>> lines, List<Problem> fileProblems) {

        public boolean valid() {
            return fileProblems.isEmpty() && lines.stream().allMatch(Line::valid);
        }

        public List<Line<E>> invalidLines() {
            return lines.stream().filter(l -> !l.valid()).toList();
        }

        public List<E> entries() {
            return lines.stream().map(Line::entry).toList();
        }
    }

    /** How one record of the file becomes a line. */
    @FunctionalInterface
    public interface LineReader<E> {

        Line<E> read(CSVRecord record, int number);

    }

    /**
     * Reads and checks {@code text} (a byte order mark is dropped; blank lines are
     * skipped): the file's problems under {@code prefix} when the header lacks a column
     * of {@code header}, there are no lines or more than {@code maxLines}, or it cannot
     * be parsed.
     */
    public static <E> Reading<E> read(String text, String[] header, int maxLines, String prefix, LineReader<E> reader) {
        String csv = text == null ? "" : text.startsWith("\uFEFF") ? text.substring(1) : text;
        LineNumbers numbers = LineNumbers.of(csv);
        List<Line<E>> lines = new ArrayList<>();
        try (CSVParser parser = FORMAT.parse(new StringReader(csv))) {
            if (parser.getHeaderNames().isEmpty()) {
                return fileProblem(prefix + "empty");
            }
            List<String> missing = Arrays.stream(header)
                .filter(column -> !parser.getHeaderMap().containsKey(column))
                .toList();
            if (!missing.isEmpty()) {
                return new Reading<>(List.of(), List.of(new Problem(prefix + "missingColumns", "file",
                        String.join(", ", missing), String.join(",", header))));
            }
            for (CSVRecord record : parser) {
                if (record.size() == 1 && record.get(0).isEmpty()) {
                    continue; // a blank line
                }
                if (lines.size() == maxLines) {
                    return fileProblem(prefix + "tooManyLines", maxLines);
                }
                lines.add(reader.read(record, numbers.lineOf(record.getCharacterPosition())));
            }
        }
        catch (UncheckedIOException | IOException | IllegalArgumentException | IllegalStateException e) {
            return fileProblem(prefix + "unreadable");
        }
        return lines.isEmpty() ? fileProblem(prefix + "empty") : new Reading<>(lines, List.of());
    }

    /** A column's value, or the empty string when the line does not have it. */
    public static String value(CSVRecord record, String column) {
        return record.isMapped(column) && record.isSet(column) ? record.get(column) : "";
    }

    /**
     * The uploaded file's text, cleaned like a form field; {@link Refused} (with the
     * status to answer and the message key under {@code prefix}) when there is no file,
     * it is larger than {@code maxBytes}, it is not a CSV by its type or name, or not
     * UTF-8.
     */
    public static String text(MultipartFile file, long maxBytes, String prefix) {
        if (file == null || file.isEmpty()) {
            throw new Refused(400, prefix + "noFile");
        }
        if (file.getSize() > maxBytes) {
            throw new Refused(413, prefix + "tooLarge");
        }
        if (!isCsv(file)) {
            throw new Refused(415, prefix + "notCsv");
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(file.getBytes()))
                .toString();
            return InputText.strip(text.replace("\u0000", ""));
        }
        catch (CharacterCodingException e) {
            throw new Refused(400, prefix + "notUtf8");
        }
        catch (IOException e) {
            throw new Refused(400, prefix + "unreadable");
        }
    }

    /**
     * A file of type text/csv, or named .csv (browsers send a spreadsheet program's type
     * for it on some systems); a PDF or an image renamed otherwise is refused by its
     * type.
     */
    static boolean isCsv(MultipartFile file) {
        String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename().toLowerCase(Locale.ROOT);
        try {
            MediaType type = MediaType.parseMediaType(file.getContentType());
            String plain = type.getType() + "/" + type.getSubtype();
            return "text/csv".equals(plain) || (name.endsWith(".csv") && (plain.startsWith("text/")
                    || "application/vnd.ms-excel".equals(plain) || "application/octet-stream".equals(plain)));
        }
        catch (RuntimeException e) {
            return false;
        }
    }

    private static <E> Reading<E> fileProblem(String key, Object... args) {
        return new Reading<>(List.of(), List.of(new Problem(key, "file", args)));
    }

    /**
     * The line numbers of a text as a person counts them (line breaks CRLF, LF or CR),
     * for a CSV record's character position.
     */
    public static final class LineNumbers {

        private final int[] starts;

        private LineNumbers(int[] starts) {
            this.starts = starts;
        }

        public static LineNumbers of(String text) {
            List<Integer> starts = new ArrayList<>(List.of(0));
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                    starts.add(i + 1);
                }
            }
            return new LineNumbers(starts.stream().mapToInt(Integer::intValue).toArray());
        }

        /** The number (from 1) of the line where {@code position} is. */
        public int lineOf(long position) {
            int index = Arrays.binarySearch(starts, (int) position);
            return (index >= 0 ? index : -index - 2) + 1;
        }

    }

    /** A file refused before it is read: the status to answer and the message key. */
    public static final class Refused extends RuntimeException {

        private final int status;

        Refused(int status, String messageKey) {
            super(messageKey);
            this.status = status;
        }

        public int status() {
            return status;
        }

        public String messageKey() {
            return getMessage();
        }

    }

}

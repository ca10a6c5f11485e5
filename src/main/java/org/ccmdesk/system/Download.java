package org.ccmdesk.system;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A file to download (an export, a PDF, a calendar): its type, a file name a person
 * recognises (UTF-8 safe in the header), and no content sniffing by the browser.
 */
public final class Download {

    public static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    public static final MediaType XLSX = MediaType
        .parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    public static final MediaType PDF = MediaType.APPLICATION_PDF;

    public static final MediaType ZIP = MediaType.parseMediaType("application/zip");

    public static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private Download() {
    }

    public static <T> ResponseEntity<T> attachment(T body, String fileName, MediaType type) {
        return ResponseEntity.ok()
            .contentType(type)
            .header(HttpHeaders.CONTENT_DISPOSITION, disposition(fileName))
            .header("X-Content-Type-Options", "nosniff")
            .body(body);
    }

    /**
     * A plain {@code filename="..."} where the name is ASCII, the RFC 5987 UTF-8 form
     * where it is not.
     */
    private static String disposition(String fileName) {
        ContentDisposition.Builder attachment = ContentDisposition.attachment();
        boolean ascii = StandardCharsets.US_ASCII.newEncoder().canEncode(fileName);
        return (ascii ? attachment.filename(fileName) : attachment.filename(fileName, StandardCharsets.UTF_8)).build()
            .toString();
    }

    /**
     * "Intersessional 2014" becomes "intersessional-2014", "Genève" "geneve": for parts
     * of file names.
     */
    public static String slug(String text) {
        String plain = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return slug.isEmpty() ? "meeting" : slug;
    }

}

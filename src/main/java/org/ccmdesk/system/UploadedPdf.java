package org.ccmdesk.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.springframework.web.multipart.MultipartFile;

/**
 * An uploaded PDF, checked by its content (its first bytes), not by its name or the type
 * the browser claims, and by its size; and its file name made safe to store and to send
 * back.
 */
public final class UploadedPdf {

    public static final long MAX_BYTES = 10L * 1024 * 1024;

    private static final int MAX_NAME = 200;

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    private UploadedPdf() {
    }

    /**
     * The file's bytes; a {@link RuleViolation} on {@code field} when it is too large or
     * not a PDF.
     */
    public static byte[] read(MultipartFile file, String field, String tooLargeKey, String notPdfKey) {
        if (file.getSize() > MAX_BYTES) {
            throw new RuleViolation(field, tooLargeKey);
        }
        byte[] content;
        try {
            content = file.getBytes();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (content.length < PDF_MAGIC.length || !Arrays.equals(Arrays.copyOf(content, PDF_MAGIC.length), PDF_MAGIC)) {
            throw new RuleViolation(field, notPdfKey);
        }
        return content;
    }

    /**
     * The upload's name, made safe: see {@link #fileName(String, String)}.
     */
    public static String fileName(MultipartFile file, String fallback) {
        return fileName(file.getOriginalFilename(), fallback);
    }

    /**
     * A name that ends in {@code .pdf} whatever the name given, because the content is a
     * PDF and a browser or a file manager trusts the extension: {@code note.html} becomes
     * {@code note.pdf}. Only the last path part is kept, control and format characters (a
     * right-to-left override can disguise an extension) are dropped, anything but
     * letters, digits, dot, underscore, space and hyphen becomes an underscore, and the
     * name is at most 200 characters. Applied again when a stored name is served, so that
     * names stored before this rule are served as PDF names too.
     */
    public static String fileName(String original, String fallback) {
        String name = original == null ? "" : original;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1)
            .replaceAll("[\\p{Cc}\\p{Cf}]", "")
            .replaceAll("[^\\p{L}\\p{N}._ -]", "_");
        int dot = name.lastIndexOf('.');
        String base = (dot < 0 ? name : name.substring(0, dot)).replaceAll("^[ .]+|[ .]+$", "");
        if (base.isEmpty()) {
            base = fallback.endsWith(".pdf") ? fallback.substring(0, fallback.length() - 4) : fallback;
        }
        int end = Math.min(base.length(), MAX_NAME - 4);
        if (end < base.length() && Character.isHighSurrogate(base.charAt(end - 1))) {
            end--;
        }
        return base.substring(0, end) + ".pdf";
    }

}

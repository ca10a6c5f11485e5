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
     * Letters, digits, dot, underscore, space and hyphen only, at most the last 200
     * characters.
     */
    public static String fileName(MultipartFile file, String fallback) {
        String name = file.getOriginalFilename() == null ? fallback
                : file.getOriginalFilename().replaceAll("[^\\p{L}\\p{N}._ -]", "_");
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

}

package org.ccmdesk.obligations;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.Optional;

import org.ccmdesk.system.GeneratedId;
import org.ccmdesk.system.UploadedPdf;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * Uploaded documents (PDF only, at most 10 MB), checked by their content and not just by
 * their name.
 */
@Component
class DocumentStore {

    /** A stored document, for download. */
    record Document(String filename, String contentType, byte[] content) {
    }

    private final JdbcClient jdbc;

    private final Clock clock;

    DocumentStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Stores the upload and answers its id; empty when no file was chosen. */
    Optional<Long> store(MultipartFile file, String uploadedBy) {
        if (file == null || file.isEmpty()) {
            return Optional.empty();
        }
        byte[] content = UploadedPdf.read(file, "document", "document.tooLarge", "document.notPdf");
        String name = UploadedPdf.fileName(file, "document.pdf");
        return Optional.of(GeneratedId.insert(jdbc.sql("""
                insert into document (filename, content_type, size_bytes, sha256, content, uploaded_by, uploaded_at)
                values (:name, 'application/pdf', :size, :sha, :content, :by, :now)""")
            .param("name", name)
            .param("size", content.length)
            .param("sha", sha256(content))
            .param("content", content)
            .param("by", uploadedBy)
            .param("now", OffsetDateTime.now(clock))));
    }

    Optional<Document> find(long id) {
        return jdbc.sql("select filename, content_type, content from document where id = :id")
            .param("id", id)
            .query((rs, n) -> new Document(UploadedPdf.fileName(rs.getString(1), "document.pdf"), rs.getString(2),
                    rs.getBytes(3)))
            .optional();
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}

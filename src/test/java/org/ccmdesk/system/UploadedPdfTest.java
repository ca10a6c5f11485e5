package org.ccmdesk.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The name an uploaded PDF is stored and served under. */
class UploadedPdfTest {

    @Test
    void anyNameEndsInPdf() {
        assertThat(UploadedPdf.fileName("note.html", "document.pdf")).isEqualTo("note.pdf");
        assertThat(UploadedPdf.fileName("Report 2012.PDF", "document.pdf")).isEqualTo("Report 2012.pdf");
        assertThat(UploadedPdf.fileName("archive.tar.gz", "document.pdf")).isEqualTo("archive.tar.pdf");
        assertThat(UploadedPdf.fileName("README", "document.pdf")).isEqualTo("README.pdf");
        assertThat(UploadedPdf.fileName("Rapport année.pdf", "document.pdf")).isEqualTo("Rapport année.pdf");
    }

    @Test
    void pathPartsAndControlCharactersAreDropped() {
        assertThat(UploadedPdf.fileName("../../etc/passwd", "document.pdf")).isEqualTo("passwd.pdf");
        assertThat(UploadedPdf.fileName("C:\\Users\\me\\note.html", "document.pdf")).isEqualTo("note.pdf");
        assertThat(UploadedPdf.fileName("no\u0000te\u000b.pdf", "document.pdf")).isEqualTo("note.pdf");
        // a right-to-left override would show "notefdp.exe" as "noteexe.pdf"
        assertThat(UploadedPdf.fileName("note\u202Efdp.exe", "document.pdf")).isEqualTo("notefdp.pdf");
        assertThat(UploadedPdf.fileName("Note verbale <LAO>.pdf", "document.pdf")).isEqualTo("Note verbale _LAO_.pdf");
    }

    @Test
    void anEmptyNameGetsTheFallbackAndALongOneIsCut() {
        assertThat(UploadedPdf.fileName((String) null, "credentials.pdf")).isEqualTo("credentials.pdf");
        assertThat(UploadedPdf.fileName("", "credentials.pdf")).isEqualTo("credentials.pdf");
        assertThat(UploadedPdf.fileName(".html", "credentials.pdf")).isEqualTo("credentials.pdf");
        assertThat(UploadedPdf.fileName("dir/", "credentials.pdf")).isEqualTo("credentials.pdf");
        String longName = UploadedPdf.fileName("a".repeat(500) + ".html", "document.pdf");
        assertThat(longName).hasSize(200).endsWith("a.pdf");
        String emoji = UploadedPdf.fileName("a".repeat(195) + "\uD835\uDC00" + ".pdf", "document.pdf");
        assertThat(emoji).hasSize(199).isEqualTo("a".repeat(195) + ".pdf");
    }

}

package org.ccmdesk.obligations;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.ccmdesk.accounts.Role;
import org.ccmdesk.accounts.TestAccounts;
import org.ccmdesk.support.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * A report's document is a PDF by its content, so it is stored and served under a PDF
 * name whatever name it was uploaded with.
 */
@DatabaseTest
@Transactional
class DocumentFileNameTest {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"
        .getBytes(StandardCharsets.US_ASCII);

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aPdfUploadedAsNoteHtmlIsServedAsNotePdf() throws Exception {
        mvc.perform(multipart("/states/FRA/obligations/ART7_ANNUAL_REPORT:2012/record")
            .file(new MockMultipartFile("document", "note.html", "text/html", PDF))
            .param("metOn", "2012-05-02")
            .param("source", "UNODA")
            .param("language", "French")
            .with(csrf())
            .with(TestAccounts.as(accounts.create(Role.FOCAL_POINT, "FRA"))))
            .andExpect(redirectedUrl("/states/FRA/obligations"));
        long document = jdbc
            .sql("select document_id from fulfilment where instance = 'ART7_ANNUAL_REPORT:2012' and state_iso3 = 'FRA'")
            .query(Long.class)
            .single();

        mvc.perform(get("/documents/" + document))
            .andExpect(status().isOk())
            .andExpect(content().contentType(MediaType.APPLICATION_PDF))
            .andExpect(header().string("Content-Disposition", "attachment; filename=\"note.pdf\""))
            .andExpect(header().string("X-Content-Type-Options", "nosniff"))
            .andExpect(content().bytes(PDF));
    }

    @Test
    void aNameStoredBeforeTheRuleIsServedAsPdfToo() throws Exception {
        String legacy = "legacy-" + UUID.randomUUID();
        jdbc.sql("""
                insert into document (filename, content_type, size_bytes, sha256, content, uploaded_by, uploaded_at)
                values (:name, 'application/pdf', :size, :sha, :content, 'test', current_timestamp)""")
            .param("name", "old/" + legacy + ".html")
            .param("size", PDF.length)
            .param("sha", "0".repeat(64))
            .param("content", PDF)
            .update();
        long stored = jdbc.sql("select id from document where filename = :name")
            .param("name", "old/" + legacy + ".html")
            .query(Long.class)
            .single();

        mvc.perform(get("/documents/" + stored))
            .andExpect(status().isOk())
            .andExpect(header().string("Content-Disposition", "attachment; filename=\"" + legacy + ".pdf\""));
    }

}

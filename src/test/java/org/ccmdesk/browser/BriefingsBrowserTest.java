package org.ccmdesk.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.ccmdesk.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A reader opens Indonesia's memo for the 2014 Intersessional Meeting, switches to French
 * and downloads the PDF, which is in French too.
 */
class BriefingsBrowserTest extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void aReaderOpensAMemoSwitchesToFrenchAndDownloadsThePdf() throws Exception {
        long meeting = jdbc.sql("select id from meeting where short_name = 'Intersessional 2014'")
            .query(Long.class)
            .single();
        Page page = browser.newPage("en-GB");
        page.navigate(url("/briefings/" + meeting + "/IDN?asOf=2014-04-07"));
        assertThat(page.locator("#memo-title")).hasText("Briefing memo: Intersessional Meeting 2014, Indonesia");
        assertThat(page.locator("#status")).hasText("Signatory");
        browser.assertAccessible(page);
        page.locator("a[hreflang=fr]").click();
        assertThat(page.locator("#memo-date")).hasText("À la date du 7 avril 2014");
        assertThat(page.locator("#status")).hasText("Signataire");
        browser.assertAccessible(page);
        Download download = page.waitForDownload(() -> page.locator("#memo-pdf").click());
        assertThat(download.suggestedFilename()).endsWith(".pdf");
        byte[] pdf = Files.readAllBytes(download.path());
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Note d’information", "Indonésie", "3. À préparer");
        }
    }

}

package org.ccmdesk.obligations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.ccmdesk.accounts.CcmUser;
import org.ccmdesk.accounts.Role;
import org.ccmdesk.accounts.TestAccounts;
import org.ccmdesk.support.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.annotation.Transactional;

/**
 * France and Germany: entry into force 1 August 2010; the test clock says today is
 * 2025-06-22.
 */
@DatabaseTest
@Transactional
class FulfilmentImportTest {

    static final String HEADER = "iso3,instance,met_on,source,evidence,link\n";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    CcmUser secretariat;

    @BeforeEach
    void signIn() {
        secretariat = accounts.create(Role.SECRETARIAT);
    }

    private ResultActions send(String csv, String action) throws Exception {
        return mvc.perform(post("/admin/obligations/import").with(csrf())
            .with(TestAccounts.as(secretariat))
            .header("Accept-Language", "en")
            .param("csv", csv)
            .param("action", action));
    }

    private ResultActions upload(MockMultipartFile file) throws Exception {
        return mvc.perform(multipart("/admin/obligations/import").file(file)
            .with(csrf())
            .with(TestAccounts.as(secretariat))
            .header("Accept-Language", "en")
            .param("action", "dryRun"));
    }

    private int fulfilments() {
        return jdbc.sql("select count(*) from fulfilment").query(Integer.class).single();
    }

    private int audits() {
        return jdbc.sql("select count(*) from audit_entry where entity_type = 'fulfilment'")
            .query(Integer.class)
            .single();
    }

    /** The table row of one line of the file. */
    private static String row(String page, int line) {
        int start = page.indexOf("data-line=\"" + line + "\"");
        assertThat(start).as("row of line %d", line).isPositive();
        return page.substring(start, page.indexOf("</tr>", start));
    }

    @Test
    void aDryRunListsEveryBadLineWithItsNumberAndReasonAndWritesNothing() throws Exception {
        mvc.perform(post("/api/states/FRA/obligations/ART7_ANNUAL_REPORT:2011/fulfilment").with(csrf())
            .with(TestAccounts.as(secretariat))
            .contentType("application/json")
            .content("{\"metOn\":\"2011-04-28\",\"source\":\"UNODA\"}")).andExpect(status().isCreated());
        int before = fulfilments();
        int auditsBefore = audits();
        String csv = HEADER
                + "FRA,ART7_INITIAL_REPORT,2011-01-20,UNODA Art. 7 reports,Initial report,https://example.org/fra\n"
                + "XXX,ART7_INITIAL_REPORT,2011-01-20,src\n" + "FRA,NO_SUCH_RULE,2011-01-20,src\n"
                + "FRA,ART7_ANNUAL_REPORT:2012,2030-01-01,src\n" + "FRA,ART7_INITIAL_REPORT,2011-01-21,src\n"
                + "DEU,ART7_ANNUAL_REPORT:2011,20/04/2011,src,,ftp://example.org\n"
                + "DEU,ART7_INITIAL_REPORT,2011-01-20,\n"
                + "\"DEU\",\"ART7_ANNUAL_REPORT:2012\",\"2012-04-30\",\"UNODA,\nsecond line\"\n"
                + "USA,ART7_INITIAL_REPORT,2011-01-20,src\n" + "DEU,ART9_NATIONAL_MEASURES,2008-01-01,src\n"
                + "DEU,ART7_ANNUAL_REPORT:2013\n" + "FRA,ART7_ANNUAL_REPORT:2011,2011-04-28,src\n";
        String page = send(csv, "dryRun").andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(row(page, 2)).contains("Record ART7_INITIAL_REPORT for FRA, met on 2011-01-20");
        assertThat(row(page, 3)).contains("No state has the code &quot;XXX&quot;.");
        assertThat(row(page, 4)).contains("NO_SUCH_RULE is not an obligation of FRA today.");
        assertThat(row(page, 5)).contains("The date cannot be in the future.");
        assertThat(row(page, 6)).contains("ART7_INITIAL_REPORT for FRA is already on line 2.");
        assertThat(row(page, 7)).contains("The date &quot;20/04/2011&quot; is not a date YYYY-MM-DD.")
            .contains("The link &quot;ftp://example.org&quot; is not a web address");
        assertThat(row(page, 8)).contains("The source is empty.");
        assertThat(row(page, 9)).contains("Record ART7_ANNUAL_REPORT:2012 for DEU, met on 2012-04-30");
        assertThat(page).doesNotContain("data-line=\"10\"");
        assertThat(row(page, 11)).contains("ART7_INITIAL_REPORT is not an obligation of USA today.");
        assertThat(row(page, 12)).contains("The date cannot be before the Convention was opened for signature");
        assertThat(row(page, 13)).contains("The line has no value for: met_on, source.");
        assertThat(row(page, 14)).contains("ART7_ANNUAL_REPORT:2011 is already recorded for FRA.");
        assertThat(page).contains("12 lines, 10 with problems.").doesNotContain("id=\"confirm-form\"");

        assertThat(fulfilments()).isEqualTo(before);
        assertThat(audits()).isEqualTo(auditsBefore);
    }

    @Test
    void aValidFileIsCheckedThenAppliedAndRecordsEveryLine() throws Exception {
        int before = fulfilments();
        int auditsBefore = audits();
        String csv = "\uFEFFISO3,Instance,Met_On,Source,Evidence,Link\r\n"
                + "FRA,ART7_INITIAL_REPORT,2011-01-20,UNODA Art. 7 reports,\"Initial report, 20 January\",https://example.org/fra\r\n"
                + "fra,ART7_ANNUAL_REPORT:2011,2011-04-29,UNODA Art. 7 reports,,\r\n"
                + "DEU,ART9_NATIONAL_MEASURES,2009-06-01,Monitor 2013,Law of 6 June 2009,\r\n";
        String page = upload(new MockMultipartFile("file", "isu.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
        assertThat(page).contains("3 lines, 0 with problems.")
            .contains("id=\"confirm-form\"")
            .contains("Record the 3 fulfilments")
            .contains("Record ART7_ANNUAL_REPORT:2011 for FRA, met on 2011-04-29");
        assertThat(fulfilments()).as("a dry run writes nothing").isEqualTo(before);

        MvcResult applied = send(csv, "apply").andExpect(redirectedUrl("/admin/obligations/import"))
            .andExpect(flash().attribute("notice", "import.done"))
            .andExpect(flash().attribute("importedCount", 3))
            .andReturn();
        assertThat(fulfilments()).isEqualTo(before + 3);
        assertThat(audits()).isEqualTo(auditsBefore + 3);
        assertThat(jdbc
            .sql("select evidence from fulfilment where state_iso3 = 'FRA' and instance = 'ART7_INITIAL_REPORT'")
            .query(String.class)
            .single()).isEqualTo("Initial report, 20 January");
        assertThat(jdbc
            .sql("select count(*) from fulfilment where state_iso3 = 'DEU' and instance = 'ART9_NATIONAL_MEASURES'"
                    + " and verified_by = :by and report_kind is null")
            .param("by", secretariat.email())
            .query(Integer.class)
            .single()).isEqualTo(1);
        // the flash attributes live in the (JDBC) session of the redirect
        mvc.perform(get("/admin/obligations/import").with(TestAccounts.as(secretariat))
            .header("Accept-Language", "en")
            .cookie(applied.getResponse().getCookie("SESSION")))
            .andExpect(content().string(containsString("3 fulfilments recorded.")));
        mvc.perform(get("/api/states/FRA/obligations").param("asOf", "2014-04-07"))
            .andExpect(content().string(containsString("\"metOn\":\"2011-01-20\"")));

        // the same file again: every line is now already recorded
        send(csv, "apply").andExpect(status().isBadRequest())
            .andExpect(content().string(containsString("ART7_INITIAL_REPORT is already recorded for FRA.")));
        assertThat(fulfilments()).isEqualTo(before + 3);
    }

    @Test
    void anInvalidFileCannotBeAppliedAndNothingOfItIsWritten() throws Exception {
        int before = fulfilments();
        int auditsBefore = audits();
        String csv = HEADER + "FRA,ART7_INITIAL_REPORT,2011-01-20,UNODA\n"
                + "DEU,ART7_INITIAL_REPORT,2011-01-20,UNODA\n" + "DEU,ART7_ANNUAL_REPORT:2011,2026-04-30,UNODA\n";
        send(csv, "apply").andExpect(status().isBadRequest())
            .andExpect(content().string(containsString("The file has lines with problems: nothing was recorded.")))
            .andExpect(content().string(containsString("The date cannot be in the future.")))
            .andExpect(content().string(not(containsString("id=\"confirm-form\""))));
        assertThat(fulfilments()).isEqualTo(before);
        assertThat(audits()).isEqualTo(auditsBefore);
    }

    @Test
    void whatIsNotACsvFileOrIsEmptyIsRefusedWithAClearMessage() throws Exception {
        int before = fulfilments();
        mvc.perform(get("/admin/obligations/import").with(TestAccounts.as(secretariat)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("for=\"file\"")))
            .andExpect(content().string(containsString("for=\"csv\"")));
        mvc.perform(multipart("/admin/obligations/import").with(csrf())
            .with(TestAccounts.as(secretariat))
            .param("csv", " ")
            .header("Accept-Language", "en"))
            .andExpect(status().isBadRequest())
            .andExpect(content().string(containsString("Choose a CSV file or paste the CSV text.")));
        upload(new MockMultipartFile("file", "report.pdf", "application/pdf",
                "%PDF-1.4".getBytes(StandardCharsets.US_ASCII)))
            .andExpect(status().isBadRequest())
            .andExpect(content().string(containsString("The file is not a CSV file")));
        upload(new MockMultipartFile("file", "latin1.csv", "text/csv",
                (HEADER + "CIV,ART7_INITIAL_REPORT,2011-01-20,Côte d'Ivoire\n").getBytes(StandardCharsets.ISO_8859_1)))
            .andExpect(status().isBadRequest())
            .andExpect(content().string(containsString("The file is not in UTF-8")));
        upload(new MockMultipartFile("file", "big.csv", "text/plain",
                new byte[(int) ImportController.MAX_FILE_BYTES + 1]))
            .andExpect(status().isBadRequest())
            .andExpect(content().string(containsString("at most 1 MB")));
        send(HEADER, "dryRun").andExpect(content().string(containsString("The file has no line to import.")));
        send("iso3,instance,date\nFRA,ART7_INITIAL_REPORT,2011-01-20\n", "dryRun")
            .andExpect(content().string(containsString("The header row lacks the columns: met_on, source.")));
        send(HEADER + "FRA,\"ART7_INITIAL_REPORT,2011-01-20,src\n", "dryRun")
            .andExpect(content().string(containsString("cannot be read as CSV")));
        send(HEADER + "USA,ART7_INITIAL_REPORT,2011-01-20,src\n".repeat(FulfilmentImport.MAX_LINES + 1), "dryRun")
            .andExpect(content().string(containsString("The file has more than 5000 lines")));
        assertThat(fulfilments()).isEqualTo(before);
    }

    @Test
    void aFocalPointCannotImport() throws Exception {
        CcmUser focalPoint = accounts.create(Role.FOCAL_POINT, "FRA");
        int before = fulfilments();
        mvc.perform(get("/admin/obligations/import").with(TestAccounts.as(focalPoint)))
            .andExpect(status().isForbidden());
        mvc.perform(post("/admin/obligations/import").with(csrf())
            .with(TestAccounts.as(focalPoint))
            .param("csv", HEADER + "FRA,ART7_INITIAL_REPORT,2011-01-20,UNODA\n")
            .param("action", "apply")).andExpect(status().isForbidden());
        assertThat(fulfilments()).isEqualTo(before);
    }

}

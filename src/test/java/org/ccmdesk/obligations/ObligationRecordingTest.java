package org.ccmdesk.obligations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ccmdesk.accounts.CcmUser;
import org.ccmdesk.accounts.Role;
import org.ccmdesk.accounts.TestAccounts;
import org.ccmdesk.support.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/** Today is 22 June 2025 by the test clock. France: entry into force 1 August 2010. */
@DatabaseTest
@Transactional
class ObligationRecordingTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    CcmUser france;

    CcmUser germany;

    CcmUser secretariat;

    @BeforeEach
    void users() {
        france = accounts.create(Role.FOCAL_POINT, "FRA");
        germany = accounts.create(Role.FOCAL_POINT, "DEU");
        secretariat = accounts.create(Role.SECRETARIAT);
    }

    private String json(String metOn, String source) {
        return "{\"metOn\":\"" + metOn + "\",\"source\":\"" + source + "\",\"language\":\"French\"}";
    }

    /**
     * The records of every rule complete from 2000: a deadline passed unmet is overdue.
     */
    private void recordsCompleteFrom2000() {
        jdbc.sql("update obligation_rule set records_complete_from = date '2000-01-01'").update();
    }

    @Test
    void withNothingConfiguredNoObligationIsOverdueAndTheSecretariatSetsTheCompletenessDate() throws Exception {
        mvc.perform(get("/api/obligations").param("asOf", "2014-04-07"))
            .andExpect(jsonPath("$[?(@.status == 'OVERDUE')]").isEmpty())
            .andExpect(
                    jsonPath("$[?(@.iso3 == 'FRA' && @.instance == 'ART7_INITIAL_REPORT')].status").value("NO_RECORD"));
        mvc.perform(get("/obligations").param("asOf", "2014-04-07"))
            .andExpect(content().string(containsString("has not yet set from which date the records")))
            .andExpect(content().string(containsString("Nothing is overdue on this date.")));
        // a focal point may not set it; an unknown rule is 404
        mvc.perform(post("/admin/obligation-rules/ART7_INITIAL_REPORT/records-complete-from").with(csrf())
            .with(TestAccounts.as(france))
            .param("completeFrom", "2011-01-01")).andExpect(status().isForbidden());
        mvc.perform(post("/admin/obligation-rules/NO_SUCH_RULE/records-complete-from").with(csrf())
            .with(TestAccounts.as(secretariat))
            .param("completeFrom", "2011-01-01")).andExpect(status().isNotFound());
        // complete from after the deadline of 28 January 2011: still no record
        mvc.perform(post("/admin/obligation-rules/ART7_INITIAL_REPORT/records-complete-from").with(csrf())
            .with(TestAccounts.as(secretariat))
            .param("completeFrom", "2011-02-01")).andExpect(redirectedUrl("/admin/obligation-rules"));
        mvc.perform(get("/api/states/FRA/obligations").param("asOf", "2014-04-07"))
            .andExpect(jsonPath("$[?(@.instance == 'ART7_INITIAL_REPORT')].status").value("NO_RECORD"));
        mvc.perform(post("/admin/obligation-rules/ART7_INITIAL_REPORT/records-complete-from").with(csrf())
            .with(TestAccounts.as(secretariat))
            .param("completeFrom", "2011-01-01")).andExpect(redirectedUrl("/admin/obligation-rules"));
        mvc.perform(get("/api/states/FRA/obligations").param("asOf", "2014-04-07"))
            .andExpect(jsonPath("$[?(@.instance == 'ART7_INITIAL_REPORT')].status").value("OVERDUE"))
            .andExpect(jsonPath("$[?(@.instance == 'ART7_ANNUAL_REPORT:2012')].status").value("NO_RECORD"));
        mvc.perform(get("/api/obligations/rules"))
            .andExpect(jsonPath("$[?(@.id == 'ART7_INITIAL_REPORT')].recordsCompleteFrom").value("2011-01-01"))
            .andExpect(jsonPath("$[?(@.id == 'ART7_ANNUAL_REPORT')].recordsCompleteFrom").value(contains(nullValue())));
        mvc.perform(get("/obligations/overdue").param("asOf", "2014-04-07"))
            .andExpect(content().string(containsString("Initial transparency report: deadlines from 1 January 2011")));
        assertThat(jdbc.sql(
                "select count(*) from audit_entry where entity_type = 'obligation_rule' and entity_id = 'ART7_INITIAL_REPORT'")
            .query(Long.class)
            .single()).isEqualTo(2);
        // cleared again: no record
        mvc.perform(post("/admin/obligation-rules/all/records-complete-from").with(csrf())
            .with(TestAccounts.as(secretariat))
            .param("completeFrom", "")).andExpect(redirectedUrl("/admin/obligation-rules"));
        mvc.perform(get("/api/states/FRA/obligations").param("asOf", "2014-04-07"))
            .andExpect(jsonPath("$[?(@.instance == 'ART7_INITIAL_REPORT')].status").value("NO_RECORD"));
    }

    @Test
    void deadlinesComeFromTheStatesEntryIntoForce() throws Exception {
        recordsCompleteFrom2000();
        mvc.perform(get("/api/states/FRA/obligations").param("asOf", "2014-04-07"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$[?(@.instance == 'ART7_INITIAL_REPORT')].dueDate").value("2011-01-28"))
            .andExpect(jsonPath("$[?(@.instance == 'ART7_INITIAL_REPORT')].status").value("OVERDUE"))
            .andExpect(jsonPath("$[?(@.instance == 'ART7_ANNUAL_REPORT:2014')].status").value("DUE_SOON"))
            .andExpect(jsonPath("$[?(@.instance == 'ART9_NATIONAL_MEASURES')].status").value("OPEN"))
            .andExpect(jsonPath("$[?(@.instance == 'ART7_ANNUAL_REPORT:2015')].status").doesNotExist());
        // Laos was contaminated: the clearance deadline applies; Norway held no stockpile
        // at entry into force
        mvc.perform(get("/api/states/LAO/obligations").param("asOf", "2014-04-07"))
            .andExpect(jsonPath("$[?(@.rule == 'ART4_CLEARANCE')].applicability").value("APPLIES"))
            .andExpect(jsonPath("$[?(@.rule == 'ART4_CLEARANCE')].dueDate").value("2020-08-01"));
        mvc.perform(get("/api/states/NOR/obligations").param("asOf", "2014-04-07"))
            .andExpect(jsonPath("$[?(@.rule == 'ART3_STOCKPILE_DESTRUCTION')].status").value("NOT_APPLICABLE"));
        // a signatory has none; Lithuania withdrew
        mvc.perform(get("/api/states/IDN/obligations")).andExpect(content().json("[]"));
        mvc.perform(get("/api/states/LTU/obligations")).andExpect(content().json("[]"));
        mvc.perform(get("/api/states/XYZ/obligations")).andExpect(status().isNotFound());
        mvc.perform(get("/api/obligations/rules"))
            .andExpect(jsonPath("$[?(@.id == 'VAP_VA_FOCAL_POINT')].deadlineKind").value("MONTHS_AFTER_EIF"));
    }

    @Test
    void aFocalPointReportsForItsOwnStateAndTheSecretariatVerifies() throws Exception {
        mvc.perform(post("/api/states/FRA/obligations/ART7_INITIAL_REPORT/fulfilment").with(csrf())
            .with(TestAccounts.as(france))
            .contentType(MediaType.APPLICATION_JSON)
            .content(json("2011-01-20", "UNODA reporting database"))).andExpect(status().isCreated());
        mvc.perform(get("/api/states/FRA/obligations").param("asOf", "2014-04-07"))
            .andExpect(jsonPath("$[?(@.instance == 'ART7_INITIAL_REPORT')].status").value("MET"))
            .andExpect(jsonPath("$[?(@.instance == 'ART7_INITIAL_REPORT')].reportedByState").value(true))
            .andExpect(jsonPath("$[?(@.instance == 'ART7_INITIAL_REPORT')].verified").value(false));
        // as of a date before it was received, it was overdue
        mvc.perform(get("/api/states/FRA/obligations").param("asOf", "2011-01-19"))
            .andExpect(jsonPath("$[?(@.instance == 'ART7_INITIAL_REPORT')].status").value("DUE_SOON"));
        long id = jdbc.sql("select id from fulfilment where state_iso3 = 'FRA' and instance = 'ART7_INITIAL_REPORT'")
            .query(Long.class)
            .single();
        assertThat(jdbc.sql("select report_kind from fulfilment where id = :id")
            .param("id", id)
            .query(String.class)
            .single()).isEqualTo("INITIAL");
        mvc.perform(post("/api/fulfilments/" + id + "/verify").with(csrf()).with(TestAccounts.as(france)))
            .andExpect(status().isForbidden());
        mvc.perform(post("/api/fulfilments/" + id + "/verify").with(csrf()).with(TestAccounts.as(secretariat)))
            .andExpect(status().isNoContent());
        // verified once: a second verification is refused with the state it is in
        mvc.perform(post("/api/fulfilments/" + id + "/verify").with(csrf()).with(TestAccounts.as(secretariat)))
            .andExpect(status().isConflict())
            .andExpect(jsonPath("$.current").value("VERIFIED"))
            .andExpect(jsonPath("$.detail").value("This has already been verified."));
        mvc.perform(post("/api/fulfilments/999999/verify").with(csrf()).with(TestAccounts.as(secretariat)))
            .andExpect(status().isNotFound());
        mvc.perform(get("/api/states/FRA/obligations"))
            .andExpect(jsonPath("$[?(@.instance == 'ART7_INITIAL_REPORT')].verified").value(true));
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'fulfilment'")
            .query(Integer.class)
            .single()).isEqualTo(2);
    }

    @Test
    void aFocalPointCannotRecordForAnotherStateAndBadInputIsRefused() throws Exception {
        int before = jdbc.sql("select count(*) from fulfilment").query(Integer.class).single();
        mvc.perform(post("/api/states/FRA/obligations/ART7_INITIAL_REPORT/fulfilment").with(csrf())
            .with(TestAccounts.as(germany))
            .contentType(MediaType.APPLICATION_JSON)
            .content(json("2011-01-20", "x"))).andExpect(status().isForbidden());
        mvc.perform(post("/api/states/FRA/obligations/NO_SUCH_RULE/fulfilment").with(csrf())
            .with(TestAccounts.as(france))
            .contentType(MediaType.APPLICATION_JSON)
            .content(json("2011-01-20", "x"))).andExpect(status().isNotFound());
        mvc.perform(post("/api/states/FRA/obligations/ART7_INITIAL_REPORT/fulfilment").with(csrf())
            .with(TestAccounts.as(france))
            .contentType(MediaType.APPLICATION_JSON)
            .content(json("2030-01-20", "x")))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].field").value("metOn"));
        mvc.perform(post("/api/states/FRA/obligations/ART7_INITIAL_REPORT/fulfilment").with(csrf())
            .with(TestAccounts.as(france))
            .contentType(MediaType.APPLICATION_JSON)
            .content(json("2011-01-20", "")))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[*].field", everyItem(is("source"))));
        mvc.perform(post("/api/states/FRA/obligations/ART7_INITIAL_REPORT/fulfilment").with(csrf())
            .with(TestAccounts.as(france))
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"metOn\":\"20-01-2011\"}")).andExpect(status().isBadRequest());
        assertThat(jdbc.sql("select count(*) from fulfilment").query(Integer.class).single()).isEqualTo(before);
    }

    @Test
    void aReportWithItsPdfIsRecordedThroughTheFormAndAnythingElseIsRefused() throws Exception {
        byte[] pdf = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        mvc.perform(multipart("/states/FRA/obligations/ART7_ANNUAL_REPORT:2012/record")
            .file(new MockMultipartFile("document", "report.pdf", "application/pdf", "<html>not a pdf".getBytes()))
            .param("metOn", "2012-04-30")
            .param("source", "UNODA")
            .with(csrf())
            .with(TestAccounts.as(france)))
            .andExpect(status().isBadRequest())
            .andExpect(content().string(containsString("not a PDF file")));
        // the form keeps the date the page was looked at, and so does the page after it
        mvc.perform(get("/states/FRA/obligations/ART7_ANNUAL_REPORT:2012/record").param("asOf", "2014-04-07")
            .with(TestAccounts.as(france)))
            .andExpect(content()
                .string(containsString("/states/FRA/obligations/ART7_ANNUAL_REPORT:2012/record?asOf=2014-04-07")));
        mvc.perform(multipart("/states/FRA/obligations/ART7_ANNUAL_REPORT:2012/record?asOf=2014-04-07")
            .file(new MockMultipartFile("document", "France 2012.pdf", "application/pdf", pdf))
            .param("metOn", "2012-05-02")
            .param("source", "UNODA")
            .param("language", "French")
            .with(csrf())
            .with(TestAccounts.as(france))).andExpect(redirectedUrl("/states/FRA/obligations?asOf=2014-04-07"));
        long document = jdbc
            .sql("select document_id from fulfilment where instance = 'ART7_ANNUAL_REPORT:2012' and state_iso3 = 'FRA'")
            .query(Long.class)
            .single();
        mvc.perform(get("/documents/" + document))
            .andExpect(status().isOk())
            .andExpect(content().contentType(MediaType.APPLICATION_PDF))
            .andExpect(content().bytes(pdf));
        mvc.perform(get("/states/FRA/obligations").param("asOf", "2014-04-07"))
            .andExpect(content().string(containsString("Met late")))
            .andExpect(content().string(containsString("Reported by the state")));
    }

    @Test
    void flagsAndExtensionsChangeWhatIsDue() throws Exception {
        recordsCompleteFrom2000();
        mvc.perform(post("/states/FRA/flags").with(csrf())
            .with(TestAccounts.as(germany))
            .param("flag", "HELD_STOCKPILES_AT_EIF")
            .param("value", "YES")
            .param("source", "x")).andExpect(status().isForbidden());
        mvc.perform(post("/states/FRA/flags").with(csrf())
            .with(TestAccounts.as(france))
            .param("flag", "HELD_STOCKPILES_AT_EIF")
            .param("value", "YES")
            .param("source", "Initial Article 7 report, form B")).andExpect(redirectedUrl("/states/FRA/obligations"));
        mvc.perform(get("/api/states/FRA/obligations").param("asOf", "2018-09-01"))
            .andExpect(jsonPath("$[?(@.rule == 'ART3_STOCKPILE_DESTRUCTION')].applicability").value("APPLIES"))
            .andExpect(jsonPath("$[?(@.rule == 'ART3_STOCKPILE_DESTRUCTION')].status").value("OVERDUE"));
        mvc.perform(post("/api/states/FRA/extensions").with(csrf())
            .with(TestAccounts.as(secretariat))
            .contentType(MediaType.APPLICATION_JSON)
            .content("""
                    {"rule":"ART3_STOCKPILE_DESTRUCTION","submittedOn":"2017-11-01","requestedDeadline":"2023-08-01",
                     "decision":"GRANTED","decidedOn":"2018-09-05","source":"8MSP final report"}"""))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].field").value("requestedDeadline"));
        mvc.perform(post("/api/states/FRA/extensions").with(csrf())
            .with(TestAccounts.as(secretariat))
            .contentType(MediaType.APPLICATION_JSON)
            .content("""
                    {"rule":"ART3_STOCKPILE_DESTRUCTION","submittedOn":"2017-11-01","requestedDeadline":"2020-08-01",
                     "meeting":"8MSP","decision":"GRANTED","decidedOn":"2018-09-05","source":"8MSP final report"}"""))
            .andExpect(status().isCreated());
        mvc.perform(get("/api/states/FRA/obligations").param("asOf", "2018-09-06"))
            .andExpect(jsonPath("$[?(@.rule == 'ART3_STOCKPILE_DESTRUCTION')].dueDate").value("2020-08-01"))
            .andExpect(jsonPath("$[?(@.rule == 'ART3_STOCKPILE_DESTRUCTION')].originalDueDate").value("2018-08-01"))
            .andExpect(jsonPath("$[?(@.rule == 'ART3_STOCKPILE_DESTRUCTION')].status").value("NOT_YET_DUE"));
    }

    @Test
    void anExtensionReportedByTheStateIsVerifiedByTheSecretariat() throws Exception {
        mvc.perform(post("/states/LAO/flags").with(csrf())
            .with(TestAccounts.as(secretariat))
            .param("flag", "CONTAMINATED_AT_EIF")
            .param("value", "YES")
            .param("source", "Monitor"));
        CcmUser laos = accounts.create(Role.FOCAL_POINT, "LAO");
        String body = mvc
            .perform(post("/api/states/LAO/extensions").with(csrf())
                .with(TestAccounts.as(laos))
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"rule":"ART4_CLEARANCE","submittedOn":"2019-11-01","requestedDeadline":"2025-08-01",
                         "meeting":"9MSP","decision":"GRANTED","decidedOn":"2019-11-27","source":"9MSP report"}"""))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
        long id = Long.parseLong(body.replaceAll("\\D", ""));
        mvc.perform(get("/states/LAO/obligations"))
            .andExpect(content().string(containsString("Reported by the state")));
        mvc.perform(post("/api/extensions/" + id + "/verify").with(csrf()).with(TestAccounts.as(laos)))
            .andExpect(status().isForbidden());
        mvc.perform(post("/extensions/" + id + "/verify").with(csrf()).with(TestAccounts.as(secretariat)))
            .andExpect(redirectedUrl("/states/LAO/obligations"))
            .andExpect(flash().attribute("notice", "obligation.verified"));
        mvc.perform(post("/extensions/" + id + "/verify").with(csrf()).with(TestAccounts.as(secretariat)))
            .andExpect(redirectedUrl("/states/LAO/obligations"))
            .andExpect(flash().attribute("problem", "obligation.alreadyVerified"));
        mvc.perform(post("/api/extensions/" + id + "/verify").with(csrf()).with(TestAccounts.as(secretariat)))
            .andExpect(status().isConflict())
            .andExpect(jsonPath("$.current").value("VERIFIED"));
        assertThat(jdbc.sql(
                "select count(*) from audit_entry where entity_type = 'extension_request' and action = 'VERIFY' and entity_id = :id")
            .param("id", String.valueOf(id))
            .query(Integer.class)
            .single()).isEqualTo(1);
        assertThat(jdbc.sql("select verified_by from extension_request where id = :id")
            .param("id", id)
            .query(String.class)
            .single()).isEqualTo(secretariat.email());
        mvc.perform(get("/api/states/LAO/obligations").param("asOf", "2020-01-01"))
            .andExpect(jsonPath("$[?(@.rule == 'ART4_CLEARANCE')].dueDate").value("2025-08-01"))
            .andExpect(jsonPath("$[?(@.rule == 'ART4_CLEARANCE')].originalDueDate").value("2020-08-01"));
    }

    @Test
    void theOverviewTheOverdueListAndTheExports() throws Exception {
        recordsCompleteFrom2000();
        mvc.perform(get("/obligations").param("asOf", "2014-04-07"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("overdue: Initial transparency report")))
            .andExpect(content().string(containsString("data-iso3=\"FRA\"")));
        mvc.perform(get("/obligations").param("asOf", "2014-04-07")
            .param("theme", "TRANSPARENCY")
            .param("status", "OVERDUE")).andExpect(status().isOk());
        mvc.perform(get("/obligations/overdue").param("asOf", "2014-04-07"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("data-instance=\"FRA:ART7_INITIAL_REPORT\"")));
        mvc.perform(get("/api/obligations/overdue").param("asOf", "2014-04-07"))
            .andExpect(jsonPath("$[*].status", everyItem(is("OVERDUE"))));
        String csv = mvc.perform(get("/obligations.csv").param("asOf", "2014-04-07"))
            .andExpect(header().string("Content-Disposition", containsString("ccm-obligations-2014-04-07.csv")))
            .andReturn()
            .getResponse()
            .getContentAsString();
        assertThat(csv).startsWith("iso3,state,rule,instance")
            .contains("FRA,France,ART7_INITIAL_REPORT,ART7_INITIAL_REPORT");
        byte[] xlsx = mvc.perform(get("/obligations.xlsx").param("asOf", "2014-04-07"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("iso3");
            assertThat(sheet.getLastRowNum()).isEqualTo(csv.split("\r\n").length - 1);
        }
    }

}

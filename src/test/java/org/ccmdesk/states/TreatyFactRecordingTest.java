package org.ccmdesk.states;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.ccmdesk.support.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

/**
 * Today is 22 June 2025 by the test clock. Indonesia is a signatory, the United States
 * not.
 */
@DatabaseTest
@Transactional
class TreatyFactRecordingTest {

    private static final RequestPostProcessor SECRETARIAT = user("isu@test.ccmdesk").roles("SECRETARIAT");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    private MockHttpServletRequestBuilder record(String iso3, String kind, String date, String depositKind,
            String source) {
        MockHttpServletRequestBuilder request = post("/states/" + iso3 + "/events").with(csrf())
            .with(SECRETARIAT)
            .param("kind", kind)
            .param("date", date)
            .param("source", source);
        return depositKind == null ? request : request.param("depositKind", depositKind);
    }

    private int audits() {
        return jdbc.sql("select count(*) from audit_entry").query(Integer.class).single();
    }

    private int events() {
        return jdbc.sql("select count(*) from treaty_event").query(Integer.class).single();
    }

    @Test
    void aRecordedDepositChangesTheStatusAtOnceAndIsAudited() throws Exception {
        mvc.perform(get("/api/states/IDN")).andExpect(jsonPath("$.status").value("SIGNATORY"));
        mvc.perform(record("idn", "DEPOSIT", "2025-06-02", "RATIFICATION",
                "Depositary notification C.N.1.2025.TREATIES-XXVI.6"))
            .andExpect(redirectedUrl("/states/IDN"));
        mvc.perform(get("/api/states/IDN"))
            .andExpect(jsonPath("$.status").value("RATIFIED_NOT_IN_FORCE"))
            .andExpect(jsonPath("$.entryIntoForce").value("2025-12-01"))
            .andExpect(jsonPath("$.events[?(@.kind == 'DEPOSIT')].shipped").value(false))
            .andExpect(jsonPath("$.events[?(@.kind == 'DEPOSIT')].recordedBy").value("isu@test.ccmdesk"));
        mvc.perform(get("/states/IDN"))
            .andExpect(content().string(containsString("Recorded by isu@test.ccmdesk")))
            .andExpect(content().string(containsString("Ratified, not yet in force")));
        String audit = jdbc
            .sql("select actor || ' ' || action || ' ' || new_value from audit_entry where entity_id = 'IDN:DEPOSIT'")
            .query(String.class)
            .single();
        assertThat(audit).startsWith("isu@test.ccmdesk RECORD")
            .contains("\"date\":\"2025-06-02\"")
            .contains("RATIFICATION");
    }

    /**
     * Each rule of the Convention is in TreatyRecordTest; here, that the page explains a
     * refused event (a rule, today by the application's clock, the form's own checks) and
     * nothing is written.
     */
    @Test
    void aRefusedEventIsExplainedAndNothingIsWritten() throws Exception {
        int events = events();
        int audits = audits();
        mvc.perform(record("IDN", "DEPOSIT", "2025-07-01", "RATIFICATION", "future"))
            .andExpect(status().isBadRequest())
            .andExpect(content().string(containsString("cannot be in the future")));
        mvc.perform(record("USA", "DEPOSIT", "2024-01-10", "RATIFICATION", "no signature"))
            .andExpect(status().isBadRequest())
            .andExpect(content().string(containsString("needs a signature on or before")));
        mvc.perform(record("IDN", "DEPOSIT", "2024-01-10", "RATIFICATION", "   "))
            .andExpect(status().isBadRequest())
            .andExpect(content().string(containsString("This field is required.")));
        mvc.perform(record("IDN", "DEPOSIT", "2024-13-45", "RATIFICATION", "bad date"))
            .andExpect(status().isBadRequest())
            .andExpect(content().string(containsString("not a valid date")));
        mvc.perform(record("FRA", "DEPOSIT", "2020-01-01", "RATIFICATION", "twice"))
            .andExpect(status().isBadRequest())
            .andExpect(content().string(containsString("already recorded")));
        mvc.perform(record("ZZZ", "DEPOSIT", "2020-01-01", "RATIFICATION", "unknown")).andExpect(status().isNotFound());
        assertThat(events()).isEqualTo(events);
        assertThat(audits()).isEqualTo(audits);
    }

    @Test
    void scriptInASourceIsStoredAsTextAndShownEscaped() throws Exception {
        mvc.perform(record("USA", "DEPOSIT", "2024-01-10", "ACCESSION", "<script>alert('x')</script>"))
            .andExpect(redirectedUrl("/states/USA"));
        assertThat(jdbc.sql("select source from treaty_event where state_iso3 = 'USA'").query(String.class).single())
            .isEqualTo("<script>alert('x')</script>");
        mvc.perform(get("/states/USA"))
            .andExpect(content().string(containsString("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")))
            .andExpect(content().string(org.hamcrest.Matchers.not(containsString("<script>alert("))));
    }

    @Test
    void aCorrectionNeedsAReasonAndTheAuditLogKeepsTheOldValue() throws Exception {
        mvc.perform(post("/states/AGO/events/SIGNATURE/correction").with(csrf())
            .with(SECRETARIAT)
            .param("date", "2008-12-04")
            .param("source", "UNTC corrected")
            .param("reason", ""))
            .andExpect(status().isBadRequest())
            .andExpect(content().string(containsString("This field is required.")));
        mvc.perform(post("/states/AGO/events/SIGNATURE/correction").with(csrf())
            .with(SECRETARIAT)
            .param("date", "2008-12-04")
            .param("source", "UNTC corrected")
            .param("reason", "Typo in the import")).andExpect(redirectedUrl("/states/AGO"));
        mvc.perform(get("/api/states/AGO")).andExpect(jsonPath("$.signature").value("2008-12-04"));
        String old = jdbc
            .sql("select old_value from audit_entry where entity_id = 'AGO:SIGNATURE' and action = 'CORRECT'")
            .query(String.class)
            .single();
        assertThat(old).contains("\"date\":\"2008-12-03\"").contains("\"shipped\":true");
        mvc.perform(get("/states/AGO")).andExpect(content().string(containsString("Correction: Typo in the import")));
    }

    @Test
    void onlyTheSecretariatRecordsAndOnlyItSeesTheForms() throws Exception {
        mvc.perform(get("/states/IDN").with(SECRETARIAT))
            .andExpect(content().string(containsString("id=\"event-form\"")));
        mvc.perform(get("/states/IDN"))
            .andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"event-form\""))));
        mvc.perform(get("/states/IDN").with(user("fp@test").roles("FOCAL_POINT")))
            .andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"event-form\""))));
        mvc.perform(post("/states/IDN/events").with(csrf())
            .with(user("fp@test").roles("FOCAL_POINT"))
            .param("kind", "DEPOSIT")).andExpect(status().isForbidden());
        mvc.perform(post("/states/IDN/events").with(csrf()).param("kind", "DEPOSIT"))
            .andExpect(redirectedUrl("/login"));
    }

    @Test
    void aFormWithoutItsCsrfTokenHasExpired() throws Exception {
        int events = events();
        mvc.perform(record("IDN", "DEPOSIT", "2025-06-02", "RATIFICATION", "src").with(csrf().useInvalidToken()))
            .andExpect(status().isForbidden());
        mvc.perform(post("/states/IDN/events").with(SECRETARIAT)
            .param("kind", "DEPOSIT")
            .param("date", "2025-06-02")
            .param("depositKind", "RATIFICATION")
            .param("source", "src")).andExpect(status().isForbidden());
        assertThat(events()).isEqualTo(events);
    }

    @Test
    void aTenMegabyteNameIsRefusedBeforeAnythingIsRead() throws Exception {
        mvc.perform(post("/states/IDN/events").with(csrf())
            .with(SECRETARIAT)
            .contentType(MediaType.APPLICATION_FORM_URLENCODED)
            .content("kind=DEPOSIT&date=2025-06-02&depositKind=RATIFICATION&source=" + "x".repeat(10 * 1024 * 1024)))
            .andExpect(status().isPayloadTooLarge())
            // the error page says it (the container renders it, which MockMvc does not:
            // ChunkedBodyLimitTest reads it from the running server)
            .andExpect(request().attribute("org.ccmdesk.system.PageErrorAttributes.tooLargeKb", 1024L));
        mvc.perform(record("IDN", "DEPOSIT", "2025-06-02", "RATIFICATION", "x".repeat(2001)))
            .andExpect(status().isBadRequest())
            .andExpect(content().string(containsString("at most 2000 characters")));
    }

    @Test
    void theApiRecordsAndAnswersProblemsWithTheFields() throws Exception {
        mvc.perform(post("/api/states/IDN/events").with(csrf())
            .with(SECRETARIAT)
            .contentType(MediaType.APPLICATION_JSON)
            .content(
                    "{\"kind\":\"DEPOSIT\",\"date\":\"2025-06-02\",\"depositKind\":\"RATIFICATION\",\"source\":\"C.N.\"}"))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.status").value("RATIFIED_NOT_IN_FORCE"));
        mvc.perform(post("/api/states/USA/events").with(csrf())
            .with(SECRETARIAT)
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"kind\":\"DEPOSIT\",\"date\":\"2025-06-02\",\"depositKind\":\"RATIFICATION\",\"source\":\"\"}"))
            .andExpect(status().isBadRequest())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.errors[*].field", hasItem("source")));
        mvc.perform(post("/api/states/USA/events").with(csrf())
            .with(SECRETARIAT)
            .contentType(MediaType.APPLICATION_JSON)
            .content(
                    "{\"kind\":\"DEPOSIT\",\"date\":\"2025-06-02\",\"depositKind\":\"RATIFICATION\",\"source\":\"x\"}"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].field").value("date"))
            .andExpect(jsonPath("$.errors[0].message", containsString("needs a signature")));
        mvc.perform(post("/api/states/USA/events").with(csrf())
            .with(SECRETARIAT)
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"kind\":\"DEPOSIT\",\"date\":\"yesterday\"}")).andExpect(status().isBadRequest());
        mvc.perform(post("/api/states/USA/events").with(SECRETARIAT)
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"kind\":\"DEPOSIT\",\"date\":\"2025-06-02\",\"depositKind\":\"ACCESSION\",\"source\":\"x\"}"))
            .andExpect(status().isForbidden());
        mvc.perform(post("/api/states/USA/events").with(csrf())
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"kind\":\"DEPOSIT\",\"date\":\"2025-06-02\",\"depositKind\":\"ACCESSION\",\"source\":\"x\"}"))
            .andExpect(status().isUnauthorized());
    }

}

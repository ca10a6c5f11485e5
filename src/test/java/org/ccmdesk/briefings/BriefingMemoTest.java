package org.ccmdesk.briefings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.ccmdesk.accounts.CcmUser;
import org.ccmdesk.accounts.Role;
import org.ccmdesk.accounts.TestAccounts;
import org.ccmdesk.obligations.Obligation;
import org.ccmdesk.obligations.ObligationService;
import org.ccmdesk.obligations.ObligationStatus;
import org.ccmdesk.states.StateName;
import org.ccmdesk.states.TreatyStatusService;
import org.ccmdesk.support.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The memos of real states for the shipped meetings of 2014 and 2015, read as a person
 * reads them: the page, the PDF and the Markdown.
 */
@DatabaseTest
class BriefingMemoTest {

    static final LocalDate FIRST_DAY_2014 = LocalDate.of(2014, 4, 7);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    ObligationService obligations;

    @Autowired
    TreatyStatusService states;

    long intersessional2014;

    long reviewConference;

    @BeforeEach
    void meetings() {
        intersessional2014 = meeting("Intersessional 2014");
        reviewConference = meeting("1RC");
    }

    long meeting(String shortName) {
        return jdbc.sql("select id from meeting where short_name = :n")
            .param("n", shortName)
            .query(Long.class)
            .single();
    }

    MemoPage page(String path) throws Exception {
        return page(get(path));
    }

    MemoPage page(MockHttpServletRequestBuilder request) throws Exception {
        String html = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return new MemoPage(html);
    }

    @Test
    void aSignatoryThatHadNotRatifiedGetsTheRatificationItemAndNoObligationsTable() throws Exception {
        for (String iso3 : new String[] { "IDN", "CAN" }) {
            MemoPage memo = page("/briefings/" + intersessional2014 + "/" + iso3);
            assertThat(memo.text("memo-date")).contains("7 April 2014");
            assertThat(memo.text("status")).isEqualTo("Signatory");
            assertThat(memo.prepareKeys()).contains("briefing.prepare.ratification")
                .doesNotContain("briefing.prepare.article21");
            assertThat(memo.has("obligations")).isFalse();
            assertThat(memo.text("how-to-join")).contains("ratification");
        }
    }

    @Test
    void aStatePartyWithAnInitialReportDueBeforeTheMeetingAndNoneRecordedHasItOverdueWithItsDate() throws Exception {
        // the secretariat's records of initial reports are complete from the Convention's
        // entry
        // into force: an unrecorded report is overdue, not "no record"
        jdbc.sql(
                "update obligation_rule set records_complete_from = date '2010-08-01' where id = 'ART7_INITIAL_REPORT'")
            .update();
        try {
            overdueInitialReport();
        }
        finally {
            jdbc.sql("update obligation_rule set records_complete_from = null where id = 'ART7_INITIAL_REPORT'")
                .update();
        }
    }

    private void overdueInitialReport() throws Exception {
        Obligation initial = obligations.forState("SWZ", FIRST_DAY_2014, Locale.ENGLISH)
            .stream()
            .filter(o -> o.rule().equals("ART7_INITIAL_REPORT"))
            .findFirst()
            .orElseThrow();
        assertThat(initial.dueDate()).isBefore(FIRST_DAY_2014);
        assertThat(initial.status()).isEqualTo(ObligationStatus.OVERDUE);
        MemoPage memo = page("/briefings/" + intersessional2014 + "/SWZ");
        String[] row = memo.obligationRows()
            .stream()
            .filter(r -> r[1].contains("Initial transparency report"))
            .findFirst()
            .orElseThrow();
        assertThat(row[0]).isEqualTo("OVERDUE");
        assertThat(row[1])
            .contains(initial.dueDate().format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)))
            .contains("Art. 7(1)")
            .contains("Overdue");
        assertThat(memo.prepareKeys())
            .contains("briefing.prepare.article21", "briefing.prepare.obligation.OVERDUE", "briefing.prepare.advice")
            .doesNotContain("briefing.prepare.ratification");
    }

    @Test
    void aStateThatJoinedAfterApril2014IsASignatoryIn2014AndAStatePartyAtTheReviewConference() throws Exception {
        assertThat(page("/briefings/" + intersessional2014 + "/CAN").text("status")).isEqualTo("Signatory");
        MemoPage memo = page("/briefings/" + reviewConference + "/CAN");
        assertThat(memo.text("status")).isIn("In force", "Ratified, not yet in force");
        assertThat(memo.prepareKeys()).contains("briefing.prepare.article21")
            .doesNotContain("briefing.prepare.ratification");
        assertThat(memo.text("standing")).contains("16 March 2015");
    }

    @Test
    void aStateIsNamedAsOnTheMemosDate() throws Exception {
        String in2014 = states.nameOn("SWZ", FIRST_DAY_2014, Locale.ENGLISH).map(StateName::name).orElseThrow();
        String today = states.nameOn("SWZ", LocalDate.of(2020, 1, 1), Locale.ENGLISH)
            .map(StateName::name)
            .orElseThrow();
        assertThat(in2014).isNotEqualTo(today);
        assertThat(page("/briefings/" + intersessional2014 + "/SWZ").text("memo-title")).contains(in2014)
            .doesNotContain(today);
        assertThat(page("/briefings/" + intersessional2014 + "/SWZ?asOf=2020-01-01").text("memo-title"))
            .contains(today);
    }

    @Test
    void theDelegationIsShownToTheStatesFocalPointAndTheSecretariatOnly() throws Exception {
        String path = "/briefings/" + intersessional2014 + "/IDN";
        assertThat(page(path).has("delegation")).isFalse();
        CcmUser other = accounts.create(Role.FOCAL_POINT, "CAN");
        assertThat(page(get(path).with(TestAccounts.as(other))).has("delegation")).isFalse();
        CcmUser own = accounts.create(Role.FOCAL_POINT, "IDN");
        assertThat(page(get(path).with(TestAccounts.as(own))).has("delegation")).isTrue();
        CcmUser secretariat = accounts.create(Role.SECRETARIAT);
        MemoPage forSecretariat = page(get(path).with(TestAccounts.as(secretariat)));
        assertThat(forSecretariat.has("delegation")).isTrue();
        assertThat(forSecretariat.text("advice"))
            .contains("A policy-level delegate (or the head of delegation): missing");
        String md = mvc.perform(get(path + "/memo.md")).andReturn().getResponse().getContentAsString();
        assertThat(md).doesNotContain("4. The delegation");
    }

    @Test
    void theMemoIsWhollyInFrenchWhenAskedFor() throws Exception {
        MemoPage memo = page("/briefings/" + intersessional2014 + "/IDN?lang=fr");
        String expected = states.nameOn("IDN", FIRST_DAY_2014, Locale.FRENCH).map(StateName::name).orElseThrow();
        assertThat(memo.text("memo-title")).startsWith("Note d’information").contains(expected);
        assertThat(memo.text("memo-date")).contains("7 avril 2014");
        assertThat(memo.text("status")).isEqualTo("Signataire");
        assertThat(memo.text("prepare")).contains("ratification ou l’adhésion");
    }

    @Test
    void thePdfSaysWhatThePageSays() throws Exception {
        byte[] pdf = mvc.perform(get("/briefings/" + intersessional2014 + "/SWZ/memo.pdf"))
            .andExpect(status().isOk())
            .andExpect(header().string("Content-Type", "application/pdf"))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
        String text = text(pdf);
        assertThat(text).contains("1. The meeting", "2. Where the state stands", "3. What to prepare", "5. Sources")
            .contains("Initial transparency report")
            .contains("7 April 2014")
            .doesNotContain("4. The delegation");
        String french = text(mvc.perform(get("/briefings/" + intersessional2014 + "/IDN/memo.pdf?lang=fr"))
            .andReturn()
            .getResponse()
            .getContentAsByteArray());
        assertThat(french).contains("3. À préparer", "7 avril 2014");
    }

    @Test
    void theMarkdownIsADownloadWithTheSameSections() throws Exception {
        var response = mvc.perform(get("/briefings/" + intersessional2014 + "/IDN/memo.md"))
            .andExpect(status().isOk())
            .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("attachment")))
            .andReturn()
            .getResponse();
        String md = response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(md).contains("## 1. The meeting", "## 3. What to prepare",
                "A statement on progress towards ratification or accession.", "## 5. Sources");
    }

    @Test
    void theMemoListsTheUsesReportedForItsPeriodOnly() throws Exception {
        // 2014: from the Fourth Meeting of States Parties (10 September 2013; the related
        // meetings of April 2014 do not count) to the first day
        MemoPage in2014 = page("/briefings/" + intersessional2014 + "/NOR?asOf=2014-04-07");
        assertThat(in2014.text("uses")).contains("from 10 September 2013 to 7 April 2014")
            .contains(name("SYR", FIRST_DAY_2014))
            .contains(name("SSD", FIRST_DAY_2014))
            .doesNotContain(name("UKR", FIRST_DAY_2014))
            .doesNotContain(name("THA", FIRST_DAY_2014))
            .doesNotContain(name("YEM", FIRST_DAY_2014));
        // the Review Conference: from the Intersessional Meeting of June 2015
        LocalDate rc = LocalDate.of(2015, 9, 7);
        MemoPage in2015 = page("/briefings/" + reviewConference + "/NOR?asOf=2015-09-07");
        assertThat(in2015.text("uses")).contains("from 22 June 2015 to 7 September 2015")
            .contains(name("SYR", rc))
            .contains(name("YEM", rc))
            .contains(name("SDN", rc))
            .doesNotContain(name("SSD", rc))
            .doesNotContain(name("THA", rc));
        assertThat(in2015.text("uses")).contains("March 2015, continuing when reported");
    }

    private String name(String iso3, LocalDate on) {
        return states.nameOn(iso3, on, Locale.ENGLISH).map(StateName::name).orElseThrow();
    }

    @Test
    void anUnknownStateOrMeetingIs404AndABadDate400() throws Exception {
        mvc.perform(get("/briefings/" + intersessional2014 + "/XXX")).andExpect(status().isNotFound());
        mvc.perform(get("/briefings/999999/IDN")).andExpect(status().isNotFound());
        mvc.perform(get("/briefings/" + intersessional2014 + "/IDN?asOf=2014-13-40"))
            .andExpect(status().isBadRequest());
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

}

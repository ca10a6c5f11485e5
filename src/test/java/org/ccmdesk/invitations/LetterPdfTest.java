package org.ccmdesk.invitations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.ccmdesk.accounts.CcmUser;
import org.ccmdesk.accounts.Role;
import org.ccmdesk.accounts.TestAccounts;
import org.ccmdesk.support.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * Letters of the 2014 Intersessional Meeting dated 28 February 2014, read back from the
 * PDF. On that date France was a State Party, Indonesia and Canada (ratified 16 March
 * 2015) signatories, the United States not party.
 */
@DatabaseTest
@Transactional
class LetterPdfTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    CcmUser secretariat;

    long meeting;

    long icrc;

    @BeforeEach
    void prepare() throws Exception {
        secretariat = accounts.create(Role.SECRETARIAT);
        meeting = InvitationTestData.meeting(jdbc, "Intersessional 2014");
        icrc = InvitationTestData.organisation(jdbc, "International Committee of the Red Cross", "ICRC");
        mvc.perform(post("/meetings/" + meeting + "/invitations/prepare").with(csrf())
            .with(TestAccounts.as(secretariat))
            .param("signatoryName", InvitationTestData.SIGNATORY)
            .param("signatoryTitle", InvitationTestData.TITLE)
            .param("letterDate", "2014-02-28")
            .param("language", "en")
            .param("organisations", String.valueOf(icrc)));
    }

    private String text(long invitation) throws Exception {
        byte[] pdf = mvc.perform(get("/invitations/" + invitation + "/letter.pdf").with(TestAccounts.as(secretariat)))
            .andExpect(status().isOk())
            .andExpect(content().contentType(MediaType.APPLICATION_PDF))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
        return text(pdf);
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void theLetterNamesTheInviteeTheMeetingAndItsDates() throws Exception {
        String france = text(InvitationTestData.invitation(jdbc, meeting, "FRA"));
        assertThat(france).contains("France", "Permanent Mission of France to the United Nations Office at Geneva",
                "Intersessional Meeting 2014", "from 7 April 2014 to 9 April 2014", "Geneva, 28 February 2014",
                "World Meteorological Organization (WMO) building", "UNDP/BCPR", "responsible for their own visa",
                "Wylbur C. Simuusa, MP", "President of the Fourth Meeting of States Parties");
        assertThat(france).contains("As a State Party").doesNotContain("As a signatory");
        // a line may break after "ccm."
        assertThat(france.replace(" ", "")).contains("ccm.contact@undp.org");
    }

    @Test
    void theTextFollowsTheStatusOnTheLettersDate() throws Exception {
        assertThat(text(InvitationTestData.invitation(jdbc, meeting, "CAN"))).contains("Canada", "As a signatory")
            .doesNotContain("As a State Party");
        assertThat(text(InvitationTestData.invitation(jdbc, meeting, "IDN"))).contains("Indonesia", "As a signatory");
        assertThat(text(InvitationTestData.invitation(jdbc, meeting, "USA"))).contains("United States",
                "consider acceding");
        long organisation = jdbc.sql("select id from invitation where organisation_id = :id")
            .param("id", icrc)
            .query(Long.class)
            .single();
        assertThat(text(organisation)).contains("International Committee of the Red Cross",
                "Your organisation is invited");
    }

    @Test
    void aLetterInFrenchOrSpanish() throws Exception {
        long france = InvitationTestData.invitation(jdbc, meeting, "FRA");
        mvc.perform(post("/invitations/" + france + "/channel").with(csrf())
            .with(TestAccounts.as(secretariat))
            .param("channel", "Mission permanente de la France auprès de l'Office des Nations Unies à Genève")
            .param("language", "fr"));
        assertThat(text(france)).contains("Genève, le 28 février 2014", "du 7 avril 2014 au 9 avril 2014",
                "État partie", "Mission permanente de la France");
        long mexico = InvitationTestData.invitation(jdbc, meeting, "MEX");
        mvc.perform(post("/invitations/" + mexico + "/channel").with(csrf())
            .with(TestAccounts.as(secretariat))
            .param("channel", "Misión Permanente de México")
            .param("language", "es"));
        assertThat(text(mexico)).contains("Ginebra, 28 de febrero de 2014",
                "del 7 de abril de 2014 al 9 de abril de 2014");
    }

}

package org.ccmdesk.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ccmdesk.accounts.CcmUser;
import org.ccmdesk.accounts.Role;
import org.ccmdesk.accounts.TestAccounts;
import org.ccmdesk.states.OrganisationKind;
import org.ccmdesk.support.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * The list of participants of the 2014 Intersessional Meeting: the public page and API,
 * the secretariat's exports.
 */
@DatabaseTest
@Transactional
class ParticipantListTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MessageSource messages;

    OutputsTestData data;

    CcmUser secretariat;

    @BeforeEach
    void prepare() {
        data = OutputsTestData.insert(jdbc, "anne.martin@example.org");
        secretariat = accounts.create(Role.SECRETARIAT);
    }

    private String page(String path, CcmUser user) throws Exception {
        var request = get(path);
        if (user != null) {
            request.with(TestAccounts.as(user));
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void participationFiguresByGenderAndTheNeedsInTheSecretariatsList() throws Exception {
        jdbc.sql("""
                update participant set gender = 'WOMAN', needs_wheelchair = true, needs_other = 'Seat near the door'
                 where id = (select participant_id from registration where id = :id)""")
            .param("id", data.martin)
            .update();
        jdbc.sql(
                "update participant set gender = 'MAN' where id = (select participant_id from registration where id = :id)")
            .param("id", data.bernard)
            .update();
        // six approved: one woman, one man, four who did not say; the submitted one is
        // not counted. The public sees no group of fewer than five people.
        assertThat(page("/meetings/" + data.meeting + "/participants", null)).contains(
                "Approved participants: 6 (women fewer than 5, men fewer than 5, other or not said fewer than 5); fewer than 5 with accessibility needs.")
            .doesNotContain("women 1");
        String csv = mvc
            .perform(get("/meetings/" + data.meeting + "/participants.csv").with(TestAccounts.as(secretariat)))
            .andReturn()
            .getResponse()
            .getContentAsString();
        assertThat(csv).contains("Accessibility needs").contains("Wheelchair access; Seat near the door");
        assertThat(page("/meetings/" + data.meeting + "/participants", null)).doesNotContain("Seat near the door");
    }

    @Test
    void thePublicPageListsOnlyApprovedPeopleWhoAgreedInTheConventionsOrder() throws Exception {
        String html = page("/meetings/" + data.meeting + "/participants", null);
        assertThat(html).contains("Anne Martin", "Luc Bernard", "Claire Tremblay", "John Smith", "Olivia Red",
                "Ambassador", "Mine action officer");
        assertThat(html).doesNotContain("Durand", "Sam Waiting", "@example.org", "FR12345678");
        // groups: States Parties, signatories, states not party, then organisations; the
        // head of delegation first
        assertThat(html).containsSubsequence("States Parties", "France", "Anne Martin", "Luc Bernard", "Signatories",
                "Canada", "Claire Tremblay", "States not party", "United States", "John Smith",
                "International Red Cross and Red Crescent Movement", "Red Cross Test Committee", "Olivia Red");
        // six approved in four delegations, five of them listed by name
        assertThat(html).contains("Delegations: 4; participants: 6.", "(with their agreement): 5.");
        assertThat(html).doesNotContain("participants.csv", "badges.pdf");
        assertThat(page("/meetings/" + data.meeting + "/participants", secretariat)).contains("participants.csv",
                "participants.xlsx", "participants.pdf", "badges.pdf");
    }

    @Test
    void theApiAnswersTheSameConsentingPeopleGroupedWithoutContactDetails() throws Exception {
        String json = mvc.perform(get("/api/meetings/" + data.meeting + "/participants"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.participants").value(5))
            .andExpect(jsonPath("$.delegations").value(4))
            .andExpect(jsonPath("$.groups[*].group")
                .value(contains("STATES_PARTIES", "SIGNATORIES", "NOT_PARTY", "RED_CROSS_RED_CRESCENT")))
            .andExpect(jsonPath("$.groups[0].title").value("States Parties"))
            .andExpect(jsonPath("$.groups[0].delegations[0].delegation").value("FRA"))
            .andExpect(jsonPath("$.groups[0].delegations[0].members", hasSize(2)))
            .andExpect(jsonPath("$.groups[0].delegations[0].members[0].badgeName").value("Anne Martin"))
            .andExpect(jsonPath("$.groups[0].delegations[0].members[0].role").value("HEAD_OF_DELEGATION"))
            .andExpect(jsonPath("$.groups[3].delegations[0].delegation").value("org-" + data.organisation))
            .andReturn()
            .getResponse()
            .getContentAsString();
        assertThat(json).doesNotContain("Durand", "Waiting", "email", "@example.org", "passport");
    }

    @Test
    void aSurvivorsRoleIsPublicOnlyWhenThePersonChoseIt() throws Exception {
        jdbc.sql("update registration set delegation_role = 'SURVIVOR' where id = :id")
            .param("id", data.bernard)
            .update();
        String path = "$.groups[0].delegations[0].members[?(@.badgeName == 'Luc Bernard')].role";
        mvc.perform(get("/api/meetings/" + data.meeting + "/participants"))
            .andExpect(jsonPath(path).value(contains("OTHER")));
        jdbc.sql("""
                update participant set public_survivor_role = true
                 where id = (select participant_id from registration where id = :id)""")
            .param("id", data.bernard)
            .update();
        mvc.perform(get("/api/meetings/" + data.meeting + "/participants"))
            .andExpect(jsonPath(path).value(contains("SURVIVOR")));
        // the secretariat's list always has the role
        assertThat(
                mvc.perform(get("/meetings/" + data.meeting + "/participants.csv").with(TestAccounts.as(secretariat)))
                    .andReturn()
                    .getResponse()
                    .getContentAsString())
            .contains("Luc Bernard,Mine action officer,Survivor");
    }

    @Test
    void anUnknownMeetingIsNotFound() throws Exception {
        mvc.perform(get("/meetings/999999/participants")).andExpect(status().isNotFound());
        mvc.perform(get("/api/meetings/999999/participants")).andExpect(status().isNotFound());
    }

    @Test
    void theCsvHasEveryApprovedPersonWithEmailAndConsent() throws Exception {
        String csv = mvc
            .perform(get("/meetings/" + data.meeting + "/participants.csv").with(TestAccounts.as(secretariat)))
            .andExpect(status().isOk())
            .andExpect(header().string("Content-Disposition", containsString("participants-intersessional-2014.csv")))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
        String[] lines = csv.split("\r\n");
        assertThat(lines[0]).isEqualTo("Group,Delegation,Title,Given names,Family name,Badge name,Function,Role,E-mail,"
                + "Consent to publication,Late registration,Accessibility needs,Nationality,Phone,Visa letter asked,"
                + "Visa letter issued,Credentials");
        assertThat(lines).hasSize(7);
        assertThat(csv).contains("Pierre,Durand,Pierre Durand,Counsellor")
            .contains("pierre.durand@example.org,no,no,")
            .contains("anne.martin@example.org,yes,no,,France,,yes,yes,missing")
            .contains("luc.bernard@example.org,yes,no,,France,,yes,no,missing")
            .doesNotContain("Waiting");
        assertThat(csv).containsSubsequence("Martin", "Durand", "Bernard", "Tremblay", "Smith", "Red");
    }

    @Test
    void theExcelWorkbookHasTheSameRows() throws Exception {
        byte[] xlsx = mvc
            .perform(get("/meetings/" + data.meeting + "/participants.xlsx").with(TestAccounts.as(secretariat)))
            .andExpect(status().isOk())
            .andExpect(header().string("Content-Disposition", containsString("participants-intersessional-2014.xlsx")))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(6);
            assertThat(sheet.getRow(0).getCell(8).getStringCellValue()).isEqualTo("E-mail");
            List<String> families = new ArrayList<>();
            for (Row row : sheet) {
                families.add(row.getCell(4).getStringCellValue());
                if ("Durand".equals(row.getCell(4).getStringCellValue())) {
                    assertThat(row.getCell(8).getStringCellValue()).isEqualTo("pierre.durand@example.org");
                    assertThat(row.getCell(9).getStringCellValue()).isEqualTo("no");
                }
            }
            assertThat(families).containsExactly("Family name", "Martin", "Durand", "Bernard", "Tremblay", "Smith",
                    "Red");
        }
    }

    @Test
    void theFullListAsPdfHasTheNamesAndEmails() throws Exception {
        byte[] pdf = mvc
            .perform(get("/meetings/" + data.meeting + "/participants.pdf").with(TestAccounts.as(secretariat)))
            .andExpect(status().isOk())
            .andExpect(header().string("Content-Type", MediaType.APPLICATION_PDF_VALUE))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
        String text = Pdfs.text(pdf);
        assertThat(text)
            .contains("Intersessional Meeting 2014", "Ms Anne Martin", "Mr Pierre Durand", "pierre.durand@example.org",
                    "Olivia Red")
            .doesNotContain("Sam Waiting");
        assertThat(text).containsSubsequence("States Parties", "France", "Signatories", "Canada", "States not party");
    }

    @Test
    void exportsInFrenchUseFrenchHeadersAndGroups() throws Exception {
        String csv = mvc
            .perform(get("/meetings/" + data.meeting + "/participants.csv").param("lang", "fr")
                .with(TestAccounts.as(secretariat)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).startsWith("Groupe,Délégation").contains("États parties,France");
    }

    @Test
    void everyGroupHasItsTitle() {
        List<String> groups = new ArrayList<>(
                List.of(ParticipantLists.STATES_PARTIES, ParticipantLists.SIGNATORIES, ParticipantLists.NOT_PARTY));
        for (OrganisationKind kind : OrganisationKind.values()) {
            groups.add(kind.name());
        }
        for (String group : groups) {
            assertThat(messages.getMessage("participants.group." + group, null, Locale.ENGLISH)).isNotBlank();
        }
    }

}

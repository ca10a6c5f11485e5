package org.ccmdesk.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ccmdesk.accounts.CcmUser;
import org.ccmdesk.accounts.Role;
import org.ccmdesk.accounts.TestAccounts;
import org.ccmdesk.support.DatabaseTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * The secretariat's list of the 2014 Intersessional Meeting's registrations: search by
 * name, filters for status, delegation, visa letter and credentials, the columns, the
 * confirmed bulk approval and the complete exports.
 */
@DatabaseTest
@Transactional
class RegistrationListTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    OutputsTestData data;

    CcmUser secretariat;

    long eloise;

    @BeforeEach
    void prepare() {
        data = OutputsTestData.insert(jdbc, "anne.martin@example.org");
        eloise = data.addApproved("Éloïse", "Dupré", "CAN");
        secretariat = accounts.create(Role.SECRETARIAT);
        // France uploaded its credentials; Canada, the United States and the organisation
        // did not
        jdbc.sql(
                """
                        insert into delegation_credentials (meeting_id, state_iso3, file_name, stored_name, size_bytes, uploaded_by,
                               uploaded_at)
                        values (:meeting, 'FRA', 'credentials.pdf', 'stored.pdf', 100, 'test', :now)""")
            .param("meeting", data.meeting)
            .param("now", OutputsTestData.NOW)
            .update();
    }

    private Document list(String query) throws Exception {
        String html = mvc
            .perform(get("/meetings/" + data.meeting + "/registrations" + query).with(TestAccounts.as(secretariat)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
        return Jsoup.parse(html);
    }

    private static List<String> names(Document page) {
        return page.select("#registrations tbody tr td:nth-child(3) a").eachText();
    }

    private Element row(Document page, long registration) {
        return page.selectFirst("#registrations tr[data-registration=" + registration + "]");
    }

    @Test
    void theSearchFindsAPersonByGivenOrFamilyNameWithoutAccentsOrCapitals() throws Exception {
        assertThat(names(list("?q=ELOISE"))).containsExactly("Éloïse Dupré");
        assertThat(names(list("?q=dupre"))).containsExactly("Éloïse Dupré");
        assertThat(names(list("?q=éloïse dupré"))).containsExactly("Éloïse Dupré");
        Document none = list("?q=nobody");
        assertThat(none.select("#registrations")).isEmpty();
        assertThat(none.selectFirst("#found-count").text()).isEqualTo("No registration found.");
        // the status links and the search field keep the search
        Document found = list("?q=martin");
        assertThat(found.selectFirst("#q").val()).isEqualTo("martin");
        assertThat(found.select("#registration-counts a").eachAttr("href"))
            .anyMatch(h -> h.endsWith("?q=martin&status=APPROVED"));
    }

    @Test
    void filtersForStatusDelegationVisaAndCredentials() throws Exception {
        assertThat(names(list("?status=SUBMITTED"))).contains("Sam Waiting").doesNotContain("Anne Martin");
        assertThat(names(list("?delegation=CAN"))).containsExactlyInAnyOrder("Claire Tremblay", "Éloïse Dupré");
        assertThat(names(list("?delegation=FRA&visa=yes"))).containsExactlyInAnyOrder("Anne Martin", "Luc Bernard",
                "Sam Waiting");
        assertThat(names(list("?delegation=FRA&visa=no"))).containsExactly("Pierre Durand");
        // issued: approved, asked for and with passport details; Luc Bernard gave no
        // passport
        assertThat(names(list("?delegation=FRA&visaLetter=yes"))).containsExactly("Anne Martin");
        assertThat(names(list("?credentials=no&q=e"))).contains("Claire Tremblay", "Éloïse Dupré", "Olivia Red")
            .doesNotContain("Anne Martin", "Pierre Durand", "Luc Bernard");
        Document page = list("?credentials=yes&delegation=FRA");
        assertThat(names(page)).containsExactlyInAnyOrder("Anne Martin", "Pierre Durand", "Luc Bernard", "Sam Waiting");
        assertThat(page.selectFirst("#visa option[selected]")).isNull();
        assertThat(page.selectFirst("#credentials option[selected]").val()).isEqualTo("yes");
    }

    @Test
    void theColumnsShowTheVisaLetterAndTheCredentials() throws Exception {
        Document page = list("?delegation=FRA");
        assertThat(row(page, data.martin).selectFirst(".visa").text()).isEqualTo("asked, letter issued");
        assertThat(row(page, data.bernard).selectFirst(".visa").text()).isEqualTo("asked, no letter yet");
        assertThat(row(page, data.durand).selectFirst(".visa").text()).isEqualTo("not asked");
        assertThat(row(page, data.martin).selectFirst(".credentials").text()).isEqualTo("received");
        assertThat(row(list("?delegation=CAN"), data.tremblay).selectFirst(".credentials").text()).isEqualTo("missing");
        // only a submitted registration can be chosen; the select-all box waits for
        // JavaScript
        assertThat(row(page, data.waiting).selectFirst("input[name=ids]").hasAttr("disabled")).isFalse();
        assertThat(row(page, data.martin).selectFirst("input[name=ids]").hasAttr("disabled")).isTrue();
        assertThat(page.selectFirst("#select-all").hasAttr("hidden")).isTrue();
        assertThat(page.selectFirst("#bulk-approve input[name=back]").val()).isEqualTo("?delegation=FRA");
    }

    @Test
    void theBulkApprovalSaysHowManyWillChangeThenApprovesThemAndKeepsTheFilter() throws Exception {
        String confirm = mvc
            .perform(post("/meetings/" + data.meeting + "/registrations/approve").with(csrf())
                .with(TestAccounts.as(secretariat))
                .param("ids", String.valueOf(data.waiting), String.valueOf(data.martin))
                .param("back", "?q=waiting"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
        Document page = Jsoup.parse(confirm);
        assertThat(page.selectFirst("#approve-question").text()).startsWith("Approve 1 of the 2 chosen registrations?");
        assertThat(page.select("#approve-names li").eachText()).containsExactly("Sam Waiting (France)");
        assertThat(page.selectFirst("#approve-confirmed").text()).isEqualTo("Approve 1 registration");
        assertThat(statusOf(data.waiting)).isEqualTo("SUBMITTED");

        mvc.perform(post("/meetings/" + data.meeting + "/registrations/approve").with(csrf())
            .with(TestAccounts.as(secretariat))
            .param("ids", String.valueOf(data.waiting))
            .param("back", "?q=waiting")
            .param("confirmed", "yes"))
            .andExpect(redirectedUrl("/meetings/" + data.meeting + "/registrations?q=waiting"));
        assertThat(statusOf(data.waiting)).isEqualTo("APPROVED");
        assertThat(row(list("?q=waiting"), data.waiting).selectFirst(".status").text()).isEqualTo("Approved");

        // a forged return address is not followed
        mvc.perform(post("/meetings/" + data.meeting + "/registrations/approve").with(csrf())
            .with(TestAccounts.as(secretariat))
            .param("ids", String.valueOf(data.waiting))
            .param("back", "//evil.example.org")
            .param("confirmed", "yes")).andExpect(redirectedUrl("/meetings/" + data.meeting + "/registrations"));
    }

    @Test
    void aFilterValueThatIsNotOneAnswers400() throws Exception {
        mvc.perform(get("/meetings/" + data.meeting + "/registrations?visa=perhaps").with(TestAccounts.as(secretariat)))
            .andExpect(status().isBadRequest());
        mvc.perform(get("/meetings/" + data.meeting + "/registrations?status=LOST").with(TestAccounts.as(secretariat)))
            .andExpect(status().isBadRequest());
    }

    @Test
    void theRegistrationsExportHasEveryColumnForTheFilteredRows() throws Exception {
        String csv = mvc
            .perform(get("/meetings/" + data.meeting + "/registrations.csv?delegation=FRA")
                .with(TestAccounts.as(secretariat)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
        String[] lines = csv.split("\r\n");
        assertThat(lines[0]).isEqualTo("Delegation,Title,Given names,Family name,Badge name,Function,Role,Status,"
                + "Nationality,Phone,E-mail,Visa letter asked,Visa letter issued,Credentials,Consent to publication,"
                + "Late registration");
        assertThat(lines).hasSize(5);
        assertThat(lines).contains("France,Ms,Anne,Martin,Anne Martin,Ambassador,Head of delegation,Approved,France,,"
                + "anne.martin@example.org,yes,yes,received,yes,no");
        assertThat(csv).contains("Sam,Waiting").contains(",Submitted,").doesNotContain("Tremblay");

        byte[] xlsx = mvc
            .perform(
                    get("/meetings/" + data.meeting + "/registrations.xlsx?q=dupre").with(TestAccounts.as(secretariat)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            List<List<String>> rows = new ArrayList<>();
            for (Row row : workbook.getSheetAt(0)) {
                List<String> cells = new ArrayList<>();
                row.forEach(cell -> cells.add(cell.getStringCellValue()));
                rows.add(cells);
            }
            assertThat(rows).hasSize(2);
            assertThat(rows.get(1)).containsExactly("Canada", "", "Éloïse", "Dupré", "Éloïse Dupré", "Delegate",
                    "Policy-level delegate", "Approved", "Canada", "", "éloïse.dupré@example.org", "no", "no",
                    "missing", "yes", "no");
        }
    }

    @Test
    void theExportsAreTheSecretariatsOnly() throws Exception {
        mvc.perform(get("/meetings/" + data.meeting + "/registrations.csv")).andExpect(status().is3xxRedirection());
        CcmUser focalPoint = accounts.create(Role.FOCAL_POINT);
        mvc.perform(get("/meetings/" + data.meeting + "/registrations.csv").with(TestAccounts.as(focalPoint)))
            .andExpect(status().isForbidden());
    }

    private String statusOf(long registration) {
        return jdbc.sql("select status from registration where id = :id")
            .param("id", registration)
            .query(String.class)
            .single();
    }

}

package org.ccmdesk.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.ccmdesk.accounts.CcmUser;
import org.ccmdesk.accounts.Role;
import org.ccmdesk.accounts.TestAccounts;
import org.ccmdesk.support.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

/**
 * The profile form against what issue 14 found: control characters in a badge name
 * stopped the badge PDF of a whole meeting, two long names overflowed the badge column,
 * and a NUL or a date in year +999999999 answered 500.
 */
@DatabaseTest
@Transactional
class ProfileInputTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    CcmUser laos;

    CcmUser secretariat;

    @BeforeEach
    void setUp() {
        laos = accounts.create(Role.FOCAL_POINT, "LAO");
        secretariat = accounts.create(Role.SECRETARIAT);
    }

    private MockHttpServletRequestBuilder profile(String email, String givenNames, String familyName,
            String badgeName) {
        return post("/profile").with(csrf())
            .with(TestAccounts.as(laos))
            .param("member", "true")
            .param("email", email)
            .param("givenNames", givenNames)
            .param("familyName", familyName)
            .param("badgeName", badgeName)
            .param("jobFunction", "Deputy Director")
            .param("delegation", "LAO");
    }

    private String badgeName(String email) {
        return jdbc.sql("select badge_name from participant where email = :e")
            .param("e", email)
            .query(String.class)
            .single();
    }

    private int profiles() {
        return jdbc.sql("select count(*) from participant").query(Integer.class).single();
    }

    @Test
    void controlCharactersInABadgeNameAreStrippedAndTheBadgesStillPrint() throws Exception {
        mvc.perform(profile("khamla.v@mofa.gov.la", "Khamla", "Sisouk", "Khamla\u000b Sisouk\u0001"))
            .andExpect(status().is3xxRedirection());
        assertThat(badgeName("khamla.v@mofa.gov.la")).isEqualTo("Khamla Sisouk");
    }

    @Test
    void aBadgeNameStoredWithControlCharactersBeforeTheyWereCleanedDoesNotStopTheBadges() throws Exception {
        OutputsTestData data = OutputsTestData.insert(jdbc, "anne.martin@example.org");
        jdbc.sql("update participant set badge_name = :name where email = 'anne.martin@example.org'")
            .param("name", "Anne\u000b Martin\u0001")
            .update();
        byte[] pdf = mvc.perform(get("/meetings/" + data.meeting + "/badges.pdf").with(TestAccounts.as(secretariat)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
        assertThat(Pdfs.text(pdf)).contains("Anne Martin", "Pierre Durand");
    }

    @Test
    void twoLongNamesWithoutABadgeNameGiveABadgeNameCutToItsColumn() throws Exception {
        // the emoji would be cut in half at 200: the name ends before it
        String given = "G".repeat(100);
        String family = "F".repeat(98) + "\uD83D\uDE00" + "F".repeat(100);
        mvc.perform(profile("long.names@mofa.gov.la", given, family, "")).andExpect(status().is3xxRedirection());
        assertThat(badgeName("long.names@mofa.gov.la")).isEqualTo(given + " " + "F".repeat(98));
        String shorter = "K".repeat(150);
        mvc.perform(profile("long.names.2@mofa.gov.la", shorter, "S".repeat(100), ""))
            .andExpect(status().is3xxRedirection());
        assertThat(badgeName("long.names.2@mofa.gov.la")).isEqualTo(shorter + " " + "S".repeat(49));
    }

    @Test
    void aNulInANameIsAFieldErrorAndNoProfileIsStored() throws Exception {
        int before = profiles();
        mvc.perform(profile("nul.name@mofa.gov.la", "Kham\u0000la", "Sisouk", ""))
            .andExpect(status().isBadRequest())
            .andExpect(model().attributeHasFieldErrors("profileForm", "givenNames"));
        assertThat(profiles()).isEqualTo(before);
    }

    @Test
    void aBirthDateOutsideTheCenturiesIsAFieldError() throws Exception {
        int before = profiles();
        for (String date : new String[] { "+999999999-12-31", "1899-12-31" }) {
            mvc.perform(profile("far.date@mofa.gov.la", "Khamla", "Sisouk", "").param("birthDate", date))
                .andExpect(status().isBadRequest())
                .andExpect(model().attributeHasFieldErrors("profileForm", "birthDate"));
        }
        assertThat(profiles()).isEqualTo(before);
        mvc.perform(profile("far.date@mofa.gov.la", "Khamla", "Sisouk", "").param("birthDate", "1900-01-01"))
            .andExpect(status().is3xxRedirection());
    }

}

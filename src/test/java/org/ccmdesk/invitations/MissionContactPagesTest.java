package org.ccmdesk.invitations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

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
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

/**
 * The secretariat's pages of mission addresses: the import of a CSV file (all lines or
 * none, errors by line, files refused by type and size), one address added, changed and
 * deleted, the export. Rolled back after each test.
 */
@DatabaseTest
@Transactional
class MissionContactPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    CcmUser secretariat;

    @BeforeEach
    void setUp() {
        secretariat = accounts.create(Role.SECRETARIAT);
        jdbc.sql("delete from mission_contact").update();
    }

    @Test
    void aGoodFileAddsTheNewAddressesAndUpdatesTheKnownOnes() throws Exception {
        contact("FRA", "mission@france.example", "en");

        mvc.perform(upload(csv("""
                state,email,name,language
                FRA,Mission@France.example,Mission permanente,fr
                ESP,registro@spain.example,,es
                che,geneva@swiss.example,Permanent Mission,
                """))).andExpect(status().is3xxRedirection());

        assertThat(rows()).isEqualTo(3);
        assertThat(
                jdbc.sql("select language from mission_contact where state_iso3 = 'FRA'").query(String.class).single())
            .isEqualTo("fr");
        assertThat(
                jdbc.sql("select language from mission_contact where state_iso3 = 'CHE'").query(String.class).single())
            .isEqualTo("en");
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'mission_contact' and actor = :me")
            .param("me", secretariat.email())
            .query(Integer.class)
            .single()).isEqualTo(3);
        mvc.perform(get("/admin/mission-contacts").with(TestAccounts.as(secretariat)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("3 addresses")))
            .andExpect(content().string(containsString("194 states have no address yet.")));
        mvc.perform(get("/admin/mission-contacts").param("party", "ESP").with(TestAccounts.as(secretariat)))
            .andExpect(content().string(containsString("1 address")))
            .andExpect(content().string(containsString("registro@spain.example")))
            .andExpect(content().string(not(containsString("geneva@swiss.example"))));
        mvc.perform(get("/admin/mission-contacts/export").with(TestAccounts.as(secretariat)))
            .andExpect(status().isOk())
            .andExpect(content().contentTypeCompatibleWith("text/csv"))
            .andExpect(content().string(containsString("state,email,name,language")))
            .andExpect(content().string(containsString("FRA,mission@france.example,Mission permanente,fr")));
    }

    @Test
    void aFileWithOneWrongLineStoresNothingAndNamesTheLineInTheUsersLanguage() throws Exception {
        mvc.perform(upload(csv("""
                state,email,name,language
                FRA,mission@france.example,,fr
                ESP,not an address,,es
                """)).locale(Locale.FRENCH).header("Accept-Language", "fr"))
            .andExpect(status().isBadRequest())
            .andExpect(content().string(containsString("Ligne 3")))
            .andExpect(content().string(containsString("n&#39;est pas une adresse électronique valable")))
            .andExpect(content().string(containsString("Rien n’a été importé")));

        assertThat(rows()).isZero();
    }

    @Test
    void aFileOfAnotherTypeOrTooLargeIsRefusedWithAMessage() throws Exception {
        mvc.perform(upload(new MockMultipartFile("file", "letter.pdf", "application/pdf", "%PDF-1.7".getBytes())))
            .andExpect(status().isUnsupportedMediaType())
            .andExpect(content().string(containsString("The file is not a CSV file")));
        byte[] large = new byte[(int) MissionContactImportController.MAX_FILE_BYTES + 1];
        Arrays.fill(large, (byte) 'a');
        mvc.perform(upload(new MockMultipartFile("file", "big.csv", "text/csv", large)))
            .andExpect(status().isPayloadTooLarge())
            .andExpect(content().string(containsString("larger than 1 MB")));
        mvc.perform(multipart("/admin/mission-contacts/import").with(csrf()).with(TestAccounts.as(secretariat)))
            .andExpect(status().isBadRequest())
            .andExpect(content().string(containsString("Please choose a CSV file.")));
        assertThat(rows()).isZero();
    }

    @Test
    void oneAddressIsAddedCheckedChangedAndDeletedAfterConfirmation() throws Exception {
        mvc.perform(post("/admin/mission-contacts/new").with(csrf())
            .with(TestAccounts.as(secretariat))
            .param("party", "PER")
            .param("email", "mision@@peru")
            .param("language", "es"))
            .andExpect(status().isBadRequest())
            .andExpect(
                    model().attributeHasFieldErrorCode("missionContactForm", "email", "missionContact.emailInvalid"));
        mvc.perform(post("/admin/mission-contacts/new").with(csrf())
            .with(TestAccounts.as(secretariat))
            .param("party", "XXX")
            .param("email", "mision@peru.example")
            .param("language", "es"))
            .andExpect(
                    model().attributeHasFieldErrorCode("missionContactForm", "party", "missionContact.partyUnknown"));
        mvc.perform(post("/admin/mission-contacts/new").with(csrf())
            .with(TestAccounts.as(secretariat))
            .param("party", "PER")
            .param("email", " Mision@Peru.example ")
            .param("name", "Misión Permanente")
            .param("language", "es"))
            .andExpect(status().is3xxRedirection())
            .andExpect(flash().attribute("notice", "missionContact.saved"));
        long id = jdbc.sql("select id from mission_contact where email = 'mision@peru.example'")
            .query(Long.class)
            .single();
        mvc.perform(post("/admin/mission-contacts/new").with(csrf())
            .with(TestAccounts.as(secretariat))
            .param("party", "PER")
            .param("email", "mision@peru.example")
            .param("language", "en"))
            .andExpect(model().attributeHasFieldErrorCode("missionContactForm", "email", "missionContact.duplicate"));

        mvc.perform(post("/admin/mission-contacts/{id}", id).with(csrf())
            .with(TestAccounts.as(secretariat))
            .param("party", "PER")
            .param("email", "mision@peru.example")
            .param("language", "fr")).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select language from mission_contact where id = :id")
            .param("id", id)
            .query(String.class)
            .single()).isEqualTo("fr");

        mvc.perform(get("/admin/mission-contacts/{id}/delete", id).with(TestAccounts.as(secretariat)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Delete the address mision@peru.example of Peru?")));
        assertThat(rows()).isEqualTo(1);
        mvc.perform(post("/admin/mission-contacts/{id}/delete", id).with(csrf()).with(TestAccounts.as(secretariat)))
            .andExpect(status().is3xxRedirection());
        assertThat(rows()).isZero();
        mvc.perform(get("/admin/mission-contacts/{id}", id).with(TestAccounts.as(secretariat)))
            .andExpect(status().isNotFound());
        CcmUser france = accounts.create(Role.FOCAL_POINT, "FRA");
        mvc.perform(get("/admin/mission-contacts").with(TestAccounts.as(france))).andExpect(status().isForbidden());
    }

    private MockMultipartHttpServletRequestBuilder upload(MockMultipartFile file) {
        return (MockMultipartHttpServletRequestBuilder) multipart("/admin/mission-contacts/import").file(file)
            .with(csrf())
            .with(TestAccounts.as(secretariat));
    }

    private static MockMultipartFile csv(String text) {
        return new MockMultipartFile("file", "contacts.csv", "text/csv", text.getBytes(StandardCharsets.UTF_8));
    }

    private void contact(String iso3, String email, String language) {
        jdbc.sql("""
                insert into mission_contact (state_iso3, email, language, created_at)
                values (:iso3, :email, :language, current_timestamp)""")
            .param("iso3", iso3)
            .param("email", email)
            .param("language", language)
            .update();
    }

    private int rows() {
        return jdbc.sql("select count(*) from mission_contact").query(Integer.class).single();
    }

}

package org.ccmdesk.states;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
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
 * The secretariat imports how states are written to from a CSV file: all lines or none,
 * errors by line in the user's language, the change audited and seen in the API and on
 * the state's page; the export; nobody else may. Rolled back after each test.
 */
@DatabaseTest
@Transactional
class MissionImportPagesTest {

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
    }

    @Test
    void aGoodFileChangesTheStatesItNamesAndTheApiAndPageFollow() throws Exception {
        String niueBefore = kind("NIU");
        mvc.perform(upload(csv("""
                iso3,mission_kind,address
                NIU,NO_MISSION_IN_GENEVA,"Ministry of Foreign Affairs and Trade
                Alofi, Niue"
                FRA,PERMANENT_MISSION,
                """)))
            .andExpect(status().is3xxRedirection())
            .andExpect(flash().attribute("imported", new Missions.Imported(1, 1)));
        assertThat(niueBefore).isEqualTo("NO_MISSION_IN_GENEVA");
        assertThat(jdbc.sql("select mission_address from state where iso3 = 'NIU'").query(String.class).single())
            .isEqualTo("Ministry of Foreign Affairs and Trade\nAlofi, Niue");
        assertThat(jdbc.sql("select mission_source from state where iso3 = 'NIU'").query(String.class).single())
            .startsWith("imported by " + secretariat.email())
            .endsWith("from missions.csv");
        // France was already so: left as it was, not audited
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'state_mission' and actor = :me")
            .param("me", secretariat.email())
            .query(Integer.class)
            .single()).isEqualTo(1);
        mvc.perform(get("/api/states/NIU"))
            .andExpect(jsonPath("$.mission.kind").value("NO_MISSION_IN_GENEVA"))
            .andExpect(jsonPath("$.mission.address").value("Ministry of Foreign Affairs and Trade\nAlofi, Niue"));
        mvc.perform(get("/states/NIU").param("lang", "en"))
            .andExpect(content().string(containsString("Ministry of Foreign Affairs and Trade")));
        mvc.perform(get("/admin/missions.csv").with(TestAccounts.as(secretariat)))
            .andExpect(status().isOk())
            .andExpect(content().contentTypeCompatibleWith("text/csv"))
            .andExpect(content().string(containsString("iso3,mission_kind,address")))
            .andExpect(content().string(containsString("VAT,PERMANENT_OBSERVER_MISSION,")))
            .andExpect(content()
                .string(containsString("NIU,NO_MISSION_IN_GENEVA,\"Ministry of Foreign Affairs and Trade")));
    }

    @Test
    void aFileWithOneWrongLineStoresNothingAndNamesTheLineInTheUsersLanguage() throws Exception {
        String kindOfFrance = kind("FRA");
        mvc.perform(upload(csv("""
                iso3,mission_kind,address
                FRA,PERMANENT_OBSERVER_MISSION,
                ESP,EMBASSY,
                """)).locale(Locale.FRENCH).header("Accept-Language", "fr"))
            .andExpect(status().isBadRequest())
            .andExpect(content().string(containsString("Ligne 3")))
            .andExpect(content().string(containsString("Le type de mission « EMBASSY »")))
            .andExpect(content().string(containsString("Rien n’a été importé")));
        assertThat(kind("FRA")).isEqualTo(kindOfFrance);
    }

    @Test
    void aFileOfAnotherTypeIsRefusedAndOnlyTheSecretariatMayImport() throws Exception {
        mvc.perform(upload(new MockMultipartFile("file", "letter.pdf", "application/pdf", "%PDF-1.7".getBytes())))
            .andExpect(status().isUnsupportedMediaType())
            .andExpect(content().string(containsString("The file is not a CSV file")));
        CcmUser focalPoint = accounts.create(Role.FOCAL_POINT, "NIU");
        mvc.perform(get("/admin/missions/import").with(TestAccounts.as(focalPoint))).andExpect(status().isForbidden());
        mvc.perform(multipart("/admin/missions/import").file(csv("iso3,mission_kind,address\nNIU,PERMANENT_MISSION,\n"))
            .with(csrf())
            .with(TestAccounts.as(focalPoint))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/missions.csv")).andExpect(status().is3xxRedirection());
        assertThat(kind("NIU")).isEqualTo("NO_MISSION_IN_GENEVA");
    }

    private String kind(String iso3) {
        return jdbc.sql("select mission_kind from state where iso3 = :c").param("c", iso3).query(String.class).single();
    }

    private MockMultipartHttpServletRequestBuilder upload(MockMultipartFile file) {
        return (MockMultipartHttpServletRequestBuilder) multipart("/admin/missions/import").file(file)
            .with(csrf())
            .with(TestAccounts.as(secretariat));
    }

    private static MockMultipartFile csv(String text) {
        return new MockMultipartFile("file", "missions.csv", "text/csv", text.getBytes(StandardCharsets.UTF_8));
    }

}

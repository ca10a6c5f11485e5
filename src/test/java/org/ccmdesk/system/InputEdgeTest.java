package org.ccmdesk.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.ccmdesk.accounts.CcmUser;
import org.ccmdesk.accounts.Role;
import org.ccmdesk.accounts.TestAccounts;
import org.ccmdesk.support.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the fuzzing of issue 14 found, through the whole application: control characters
 * and NUL in forms, parameters, JSON bodies and the login form, and dates far outside
 * 1900-2200. Each is answered with a 4xx or stored cleaned, never a 500, and a refused
 * input stores nothing.
 */
@DatabaseTest
@Transactional
class InputEdgeTest {

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

    @ParameterizedTest
    @ValueSource(strings = { "/obligations", "/obligations/overdue", "/states/FRA/obligations", "/api/obligations",
            "/api/obligations/overdue", "/api/states/FRA/obligations", "/states" })
    void aDateFarOutsideTheCenturiesIsTheInvalidDateAnswer(String path) throws Exception {
        for (String date : new String[] { "+999999999-12-31", "-999999999-01-01", "1899-12-31", "2201-01-01" }) {
            mvc.perform(get(path).param("asOf", date)).andExpect(status().isBadRequest());
        }
        mvc.perform(get(path).param("asOf", "2200-12-31")).andExpect(status().isOk());
        mvc.perform(get(path).param("asOf", "1900-01-01")).andExpect(status().isOk());
    }

    @Test
    void anOutOfRangeAsOfOnTheApiIsTheInvalidDateProblem() throws Exception {
        mvc.perform(get("/api/obligations").param("asOf", "+999999999-12-31"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.type").value("urn:ccmdesk:problem:invalid-date"))
            .andExpect(jsonPath("$.parameter").value("asOf"));
    }

    @Test
    void anOrganisationNameKeepsItsTextWithoutTheControlCharacters() throws Exception {
        mvc.perform(post("/admin/organisations/new").with(csrf())
            .with(TestAccounts.as(secretariat))
            .param("name", "Geneva\u000b Test\u0001 Institute\u007f")
            .param("kind", "INTERNATIONAL_ORGANISATION")
            .param("active", "true")).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select count(*) from organisation where name = 'Geneva Test Institute'")
            .query(Integer.class)
            .single()).isOne();
    }

    @Test
    void aNulInAFormFieldIsAFieldErrorAndNothingIsStored() throws Exception {
        int before = jdbc.sql("select count(*) from organisation").query(Integer.class).single();
        mvc.perform(post("/admin/organisations/new").with(csrf())
            .with(TestAccounts.as(secretariat))
            .param("name", "Nul\u0000 Institute")
            .param("kind", "INTERNATIONAL_ORGANISATION")).andExpect(status().isBadRequest());
        assertThat(jdbc.sql("select count(*) from organisation").query(Integer.class).single()).isEqualTo(before);
    }

    @Test
    void filtersWithControlCharactersOrNulAnswerWithoutA500() throws Exception {
        mvc.perform(get("/admin/users").with(TestAccounts.as(secretariat)).param("q", "anne\u0001"))
            .andExpect(status().isOk());
        mvc.perform(get("/admin/users").with(TestAccounts.as(secretariat)).param("q", "anne\u0000"))
            .andExpect(status().isBadRequest());
        mvc.perform(get("/admin/audit").with(TestAccounts.as(secretariat)).param("actor", "x\u0000"))
            .andExpect(status().isBadRequest());
        mvc.perform(get("/admin/audit").with(TestAccounts.as(secretariat)).param("entityType", "state_flag\u000b"))
            .andExpect(status().isOk());
        mvc.perform(get("/admin/audit").with(TestAccounts.as(secretariat)).param("from", "+999999999-12-31"))
            .andExpect(status().isBadRequest());
        mvc.perform(get("/states").param("q", "fr\u0000")).andExpect(status().isBadRequest());
    }

    @Test
    void aFlagSourceWithANulIsRefusedAndTheFlagUnchanged() throws Exception {
        String flagsBefore = flags("NZL");
        mvc.perform(post("/states/NZL/flags").with(csrf())
            .with(TestAccounts.as(secretariat))
            .param("flag", "HAS_VICTIMS")
            .param("value", "YES")
            .param("source", "Nul\u0000 source")).andExpect(status().isBadRequest());
        assertThat(flags("NZL")).isEqualTo(flagsBefore);
    }

    @Test
    void aFulfilmentSourceWithANulIsRefusedOnThePageAndInJson() throws Exception {
        int before = jdbc.sql("select count(*) from fulfilment").query(Integer.class).single();
        mvc.perform(post("/states/FRA/obligations/ART7_INITIAL_REPORT/record").with(csrf())
            .with(TestAccounts.as(secretariat))
            .param("metOn", "2011-01-20")
            .param("source", "UNODA\u0000")).andExpect(status().isBadRequest());
        mvc.perform(post("/api/states/FRA/obligations/ART7_INITIAL_REPORT/fulfilment").with(csrf())
            .with(TestAccounts.as(secretariat))
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"metOn\":\"2011-01-20\",\"source\":\"UNODA\\u0000\"}")).andExpect(status().isBadRequest());
        mvc.perform(post("/api/states/FRA/obligations/ART7_INITIAL_REPORT/fulfilment").with(csrf())
            .with(TestAccounts.as(secretariat))
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"metOn\":\"+999999999-12-31\",\"source\":\"UNODA\"}")).andExpect(status().isBadRequest());
        mvc.perform(post("/states/FRA/obligations/ART7_INITIAL_REPORT/record").with(csrf())
            .with(TestAccounts.as(secretariat))
            .param("metOn", "+999999999-12-31")
            .param("source", "UNODA")).andExpect(status().isBadRequest());
        assertThat(jdbc.sql("select count(*) from fulfilment").query(Integer.class).single()).isEqualTo(before);
    }

    @Test
    void aJsonSourceWithControlCharactersIsStoredWithoutThem() throws Exception {
        mvc.perform(post("/api/states/FRA/obligations/ART7_INITIAL_REPORT/fulfilment").with(csrf())
            .with(TestAccounts.as(secretariat))
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"metOn\":\"2011-01-20\",\"source\":\"UNODA\\u000b reporting\\u0001 database\"}"))
            .andExpect(status().isCreated());
        assertThat(
                jdbc.sql("select source from fulfilment where state_iso3 = 'FRA' and instance = 'ART7_INITIAL_REPORT'")
                    .query(String.class)
                    .list())
            .contains("UNODA reporting database");
    }

    @Test
    void aLoginWithANulOrAControlCharacterInTheEmailIsAnOrdinaryFailedLogin() throws Exception {
        CcmUser user = accounts.create(Role.DELEGATE);
        String[] address = user.getUsername().split("@");
        for (String email : new String[] { address[0] + "\u0000@" + address[1], address[0] + "\u0001@" + address[1] }) {
            mvc.perform(post("/login").param("email", email).param("password", TestAccounts.PASSWORD).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login?error"));
        }
        assertThat(jdbc.sql("select count(*) from login_attempt where email = :e")
            .param("e", address[0] + "\uFFFD@" + address[1])
            .query(Integer.class)
            .single()).isEqualTo(2);
    }

    @Test
    void anImportedFileWithControlCharactersAndNulIsRecordedWithoutThem() throws Exception {
        MockMultipartFile file = new MockMultipartFile("file", "fulfilments.csv", "text/csv",
                "iso3,instance,met_on,source,evidence,link\nFRA,ART7_INITIAL_REPORT,2011-01-20,UNODA\u0000 data\u000bbase,,\n"
                    .getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/admin/obligations/import").file(file)
            .with(csrf())
            .with(TestAccounts.as(secretariat))
            .param("action", "apply")).andExpect(status().is3xxRedirection());
        assertThat(
                jdbc.sql("select source from fulfilment where state_iso3 = 'FRA' and instance = 'ART7_INITIAL_REPORT'")
                    .query(String.class)
                    .list())
            .contains("UNODA database");
    }

    private String flags(String iso3) {
        return jdbc.sql(
                "select flag || '=' || flag_value || ':' || source from state_flag where state_iso3 = :iso3 order by flag")
            .param("iso3", iso3)
            .query(String.class)
            .list()
            .toString();
    }

}

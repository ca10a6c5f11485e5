package org.ccmdesk.statements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ccmdesk.accounts.CcmUser;
import org.ccmdesk.accounts.Role;
import org.ccmdesk.accounts.TestAccounts;
import org.ccmdesk.support.DatabaseTest;
import org.ccmdesk.support.Race;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Statements and condemnations on the database (H2 and PostgreSQL): the shipped reports
 * of use, a statement private until published, delivered when its speaker has spoken, a
 * published condemnation in the table, the API and the exports, and on the state's page;
 * a condemnation recorded elsewhere through the API; the search.
 */
@DatabaseTest
class StatementsAndCondemnationsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    SpeakersLists lists;

    @Autowired
    UseSeed seed;

    long meeting;

    long item;

    CcmUser secretariat;

    @BeforeEach
    void meeting() {
        meeting = SpeakersListTest.newMeeting(jdbc);
        item = SpeakersListTest.newItem(jdbc, meeting, 1, "Universalization");
        secretariat = accounts.create(Role.SECRETARIAT);
    }

    private long useIn(String iso3) {
        return jdbc.sql("select id from cm_use where seed_key = :k")
            .param("k", "affected_2014:" + iso3)
            .query(Long.class)
            .single();
    }

    @Test
    void theShippedReportsOfUseAreTheCmUseRowsOfTheReferenceFileSeededOnce() throws Exception {
        int shipped = UseReports.shippedUses().size();
        assertThat(shipped).isPositive();
        seed.seed();
        seed.seed();
        assertThat(jdbc.sql("select count(*) from cm_use where seed_key is not null").query(Long.class).single())
            .isEqualTo(shipped);
        mvc.perform(get("/api/uses"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$[*].countryIso3", hasItem("SYR")))
            .andExpect(jsonPath("$[*].countryIso3", hasItem("SSD")));
        mvc.perform(get("/uses")).andExpect(status().isOk()).andExpect(content().string(containsString("hrw.org")));
        int episodes = UseEpisodes.shipped().size();
        assertThat(jdbc
            .sql("select count(*) from cm_use_episode e join cm_use u on u.id = e.use_id"
                    + " where u.seed_key is not null")
            .query(Long.class)
            .single()).isEqualTo(episodes);
        mvc.perform(get("/uses").param("lang", "en"))
            .andExpect(content().string(containsString("April–September 2012, continuing when reported")))
            .andExpect(content().string(containsString("2014, until February 2015")));
        mvc.perform(get("/uses").param("lang", "fr"))
            .andExpect(content().string(containsString("2014, jusqu’en février 2015")));
    }

    @Test
    void theSecretariatDatesAUseItRecordsAndAnEndBeforeTheBeginningIsRefusedOnTheForm() throws Exception {
        long before = jdbc.sql("select count(*) from cm_use").query(Long.class).single();
        recordUse("2020-05-10", "2020-05-01").andExpect(status().isBadRequest())
            .andExpect(content().string(containsString("The end cannot be before the beginning.")))
            .andExpect(content().string(containsString("Test report of use")));
        assertThat(jdbc.sql("select count(*) from cm_use").query(Long.class).single()).isEqualTo(before);
        recordUse("2020-05-10", "2020-06-01").andExpect(status().is3xxRedirection());
        assertThat(jdbc
            .sql("select e.began_by from cm_use_episode e join cm_use u on u.id = e.use_id"
                    + " where u.description = 'Test report of use'")
            .query(java.time.LocalDate.class)
            .single()).isEqualTo(java.time.LocalDate.of(2020, 5, 10));
        mvc.perform(get("/uses").param("lang", "en"))
            .andExpect(content().string(containsString("May 2020, until June 2020")));
    }

    private org.springframework.test.web.servlet.ResultActions recordUse(String began, String ended) throws Exception {
        return mvc.perform(post("/admin/uses").with(csrf())
            .with(TestAccounts.as(secretariat))
            .param("country", "MMR")
            .param("description", "Test report of use")
            .param("sources", "Test source")
            .param("began", began)
            .param("ended", ended));
    }

    @Test
    void aPublishedCondemnationShowsInTheTableAndOnTheStatePage() throws Exception {
        long syria = useIn("SYR");
        String asOf = "2025-06-22";
        mvc.perform(get("/api/uses/" + syria + "/condemnations").param("asOf", "2014-04-01"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.statesPartiesSilent", hasItem("NOR")));
        CcmUser norway = accounts.create(Role.FOCAL_POINT, "NOR");
        MvcResult created = mvc
            .perform(multipart("/meetings/" + meeting + "/statements").with(csrf())
                .with(TestAccounts.as(norway))
                .param("item", String.valueOf(item))
                .param("party", "NOR")
                .param("category", "CONDEMNATION_OF_USE")
                .param("language", "en")
                .param("title", "Norway condemns the use in Syria")
                .param("body", "Norway condemns any use of cluster munitions by any actor.")
                .param("uses", String.valueOf(syria)))
            .andExpect(status().is3xxRedirection())
            .andReturn();
        String statementPath = created.getResponse().getRedirectedUrl();
        long statement = Long.parseLong(statementPath.substring(statementPath.lastIndexOf('/') + 1));
        // private until published: the public sees nothing, nor does another state
        mvc.perform(get(statementPath)).andExpect(status().isNotFound());
        mvc.perform(get(statementPath).with(TestAccounts.as(accounts.create(Role.FOCAL_POINT, "FRA"))))
            .andExpect(status().isNotFound());
        mvc.perform(get(statementPath).with(TestAccounts.as(norway)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Norway condemns any use")));
        // not delivered yet: cannot be published
        mvc.perform(post(statementPath + "/publish").with(csrf()).with(TestAccounts.as(secretariat)))
            .andExpect(status().is3xxRedirection());
        assertThat(published(statement)).isFalse();
        // Norway speaks: the statement is delivered on the day it was spoken
        Race.run(List.of(Race.as(norway, () -> lists.inscribe(meeting, new Inscription(item, "NOR", "Ambassador",
                SpeechType.STATEMENT, StatementCategory.CONDEMNATION_OF_USE, false)))));
        Race.run(List.of(Race.as(secretariat, () -> lists.next(meeting, item))));
        Race.run(List.of(Race.as(secretariat, () -> lists.next(meeting, item))));
        assertThat(jdbc.sql("select delivered_on from statement where id = :id")
            .param("id", statement)
            .query(String.class)
            .single()).isEqualTo(asOf);
        mvc.perform(post("/meetings/" + meeting + "/statements/publish").with(csrf())
            .with(TestAccounts.as(secretariat))
            .param("item", String.valueOf(item))).andExpect(status().is3xxRedirection());
        assertThat(published(statement)).isTrue();
        mvc.perform(get(statementPath)).andExpect(status().isOk());

        mvc.perform(get("/api/uses/" + syria + "/condemnations").param("asOf", asOf))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.condemned[?(@.iso3 == 'NOR')].date").value(hasItem(asOf)))
            .andExpect(jsonPath("$.statesPartiesSilent", not(hasItem("NOR"))))
            .andExpect(jsonPath("$.counts.byStatus.IN_FORCE").isNumber());
        // as of a day before, Norway had not condemned it yet
        mvc.perform(get("/api/uses/" + syria + "/condemnations").param("asOf", "2025-06-21"))
            .andExpect(jsonPath("$.statesPartiesSilent", hasItem("NOR")));
        mvc.perform(get("/uses/" + syria).param("asOf", asOf))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("data-iso3=\"NOR\"")));
        mvc.perform(get("/states/NOR").param("asOf", asOf))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Use of cluster munitions it has condemned")))
            .andExpect(content().string(containsString("the use in Syria")));
        mvc.perform(get("/uses/" + syria + "/condemnations.csv").param("asOf", asOf))
            .andExpect(status().isOk())
            .andExpect(header().string("X-Content-Type-Options", "nosniff"))
            .andExpect(content().string(containsString("\"NOR\",\"Norway\",\"IN_FORCE\"")));
        byte[] xlsx = mvc.perform(get("/uses/" + syria + "/condemnations.xlsx").param("asOf", asOf))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            boolean found = false;
            for (var row : book.getSheet("Condemnations")) {
                found |= "NOR".equals(row.getCell(0).getStringCellValue())
                        && "CONDEMNED".equals(row.getCell(4).getStringCellValue());
            }
            assertThat(found).isTrue();
        }
        mvc.perform(get("/statements").param("q", "ANY USE").param("state", "NOR").param("year", "2025"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Norway condemns the use in Syria")));
        mvc.perform(get("/statements").param("q", "ANY USE").param("year", "2014"))
            .andExpect(content().string(not(containsString("Norway condemns the use in Syria"))));
    }

    private boolean published(long statement) {
        return jdbc.sql("select published from statement where id = :id")
            .param("id", statement)
            .query(Boolean.class)
            .single();
    }

    @Test
    void aCondemnationMadeElsewhereIsRecordedThroughTheApiBySecretariatOnly() throws Exception {
        long southSudan = useIn("SSD");
        String body = """
                {"use": %d, "party": "CHL", "date": "2014-03-01", "source": "Chile, national declaration"}"""
            .formatted(southSudan);
        mvc.perform(post("/api/condemnations").with(csrf())
            .with(TestAccounts.as(accounts.create(Role.FOCAL_POINT, "CHL")))
            .contentType(MediaType.APPLICATION_JSON)
            .content(body)).andExpect(status().isForbidden());
        mvc.perform(post("/api/condemnations").with(csrf())
            .with(TestAccounts.as(secretariat))
            .contentType(MediaType.APPLICATION_JSON)
            .content(body)).andExpect(status().isCreated()).andExpect(jsonPath("$.id").isNumber());
        mvc.perform(post("/api/condemnations").with(csrf())
            .with(TestAccounts.as(secretariat))
            .contentType(MediaType.APPLICATION_JSON)
            .content(body.replace("CHL", "XXX"))).andExpect(status().isBadRequest());
        mvc.perform(post("/api/condemnations").with(csrf())
            .with(TestAccounts.as(secretariat))
            .contentType(MediaType.APPLICATION_JSON)
            .content(body.replace("2014-03-01", "2030-01-01"))).andExpect(status().isBadRequest());
        mvc.perform(get("/api/uses/" + southSudan + "/condemnations").param("asOf", "2014-04-07"))
            .andExpect(
                    jsonPath("$.condemned[?(@.iso3 == 'CHL')].source").value(hasItem("Chile, national declaration")));
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'condemnation'")
            .query(Long.class)
            .single()).isPositive();
    }

    @Test
    void aStatementNeedsTextOrAPdfAndAPdfIsCheckedByItsContent() throws Exception {
        CcmUser norway = accounts.create(Role.FOCAL_POINT, "NOR");
        mvc.perform(multipart("/meetings/" + meeting + "/statements").with(csrf())
            .with(TestAccounts.as(norway))
            .param("item", String.valueOf(item))
            .param("party", "NOR")
            .param("category", "GENERAL")
            .param("language", "fr")
            .param("title", "Empty"))
            .andExpect(status().isBadRequest())
            .andExpect(content().string(containsString("Give the text or a PDF.")));
        mvc.perform(multipart("/meetings/" + meeting + "/statements")
            .file(new MockMultipartFile("pdf", "statement.pdf", "application/pdf", "<html>not a pdf</html>".getBytes()))
            .with(csrf())
            .with(TestAccounts.as(norway))
            .param("item", String.valueOf(item))
            .param("party", "NOR")
            .param("category", "GENERAL")
            .param("language", "fr")
            .param("title", "Fake"))
            .andExpect(status().isBadRequest())
            .andExpect(content().string(containsString("The file is not a PDF.")));
        MvcResult ok = mvc
            .perform(multipart("/meetings/" + meeting + "/statements")
                .file(new MockMultipartFile("pdf", "déclaration.html", "text/html", "%PDF-1.4 test".getBytes()))
                .with(csrf())
                .with(TestAccounts.as(norway))
                .param("item", String.valueOf(item))
                .param("party", "NOR")
                .param("category", "GENERAL")
                .param("language", "fr")
                .param("title", "Déclaration"))
            .andExpect(status().is3xxRedirection())
            .andReturn();
        mvc.perform(get(ok.getResponse().getRedirectedUrl() + "/statement.pdf").with(TestAccounts.as(norway)))
            .andExpect(status().isOk())
            .andExpect(header().string("Content-Disposition", containsString(".pdf")));
        mvc.perform(multipart("/meetings/" + meeting + "/statements").with(csrf())
            .with(TestAccounts.as(norway))
            .param("item", String.valueOf(item))
            .param("party", "FRA")
            .param("category", "GENERAL")
            .param("language", "fr")
            .param("title", "Not mine")
            .param("body", "text")).andExpect(status().isForbidden());
    }

    @Autowired
    org.ccmdesk.states.TreatyStatusService treaty;

    @Test
    void anAnnouncementShowsOnTheStatePageAndAwaitsADepositWithoutChangingTheStatus() throws Exception {
        // a signatory today, from the reference data (it has not deposited an instrument)
        String signatory = treaty.statusOfAll(treaty.today(), java.util.Locale.ENGLISH)
            .stream()
            .filter(s -> s.status() == org.ccmdesk.states.TreatyStatus.SIGNATORY)
            .findFirst()
            .orElseThrow()
            .iso3();
        MvcResult created = mvc
            .perform(multipart("/meetings/" + meeting + "/statements").with(csrf())
                .with(TestAccounts.as(secretariat))
                .param("item", String.valueOf(item))
                .param("party", signatory)
                .param("category", "ANNOUNCEMENT_OF_RATIFICATION")
                .param("language", "es")
                .param("title", "Announcement of ratification " + signatory)
                .param("body", "Parliament approved the ratification.")
                .param("deliveredOn", "2014-04-08"))
            .andExpect(status().is3xxRedirection())
            .andReturn();
        String path = created.getResponse().getRedirectedUrl();
        mvc.perform(get("/admin/announcements").with(TestAccounts.as(secretariat)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Announcement of ratification " + signatory)));
        mvc.perform(get("/admin/announcements").with(TestAccounts.as(accounts.create(Role.FOCAL_POINT, signatory))))
            .andExpect(status().isForbidden());
        mvc.perform(post(path + "/publish").with(csrf()).with(TestAccounts.as(secretariat)))
            .andExpect(status().is3xxRedirection());
        mvc.perform(get("/states/" + signatory))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Announcements of ratification or accession")))
            .andExpect(content().string(containsString("Announcement of ratification " + signatory)));
        mvc.perform(get("/api/states/" + signatory)).andExpect(jsonPath("$.status").value("SIGNATORY"));
        mvc.perform(get("/api/docs"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("/api/meetings/{id}/speakers")))
            .andExpect(content().string(containsString("/api/uses/{id}/condemnations")))
            .andExpect(content().string(containsString("/api/condemnations")));
    }

}

package org.ccmdesk.meetings;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.OffsetDateTime;
import java.util.List;

import org.ccmdesk.accounts.CcmUser;
import org.ccmdesk.accounts.Role;
import org.ccmdesk.accounts.TestAccounts;
import org.ccmdesk.support.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * A meeting's pages in French and Spanish, the "not translated" mark, and editing side by
 * side.
 */
@DatabaseTest
@Transactional
class MeetingTextsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    long intersessional;

    @BeforeEach
    void setUp() {
        intersessional = jdbc.sql("select id from meeting where short_name = 'Intersessional 2014'")
            .query(Long.class)
            .single();
    }

    @Test
    void theShippedMeetingInFrenchAndSpanish() throws Exception {
        mvc.perform(get("/meetings/" + intersessional).param("lang", "fr"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Réunion intersessions 2014")))
            .andExpect(content().string(containsString("Assistance aux victimes")))
            .andExpect(content().string(containsString("Genève, Suisse")))
            .andExpect(content().string(containsString("Président de la quatrième Assemblée des États parties")))
            .andExpect(content().string(not(containsString("Intersessional Meeting 2014"))))
            .andExpect(content().string(not(containsString("Victim assistance"))))
            .andExpect(content().string(not(containsString("non traduit"))));
        mvc.perform(get("/meetings/" + intersessional).param("lang", "es"))
            .andExpect(content().string(containsString("Reunión entre períodos de sesiones 2014")))
            .andExpect(content().string(containsString("Asistencia a las víctimas")))
            .andExpect(content().string(containsString("Ginebra, Suiza")));
        mvc.perform(get("/meetings").param("lang", "fr"))
            .andExpect(content().string(containsString("Première Assemblée des États parties")))
            .andExpect(content().string(containsString("Réunion intersessions 2014")));
    }

    @Test
    void aMeetingWithoutTranslationIsMarkedNotMixedSilently() throws Exception {
        long meeting = newMeeting("Workshop on Article 4");
        mvc.perform(get("/meetings/" + meeting).param("lang", "fr"))
            .andExpect(content().string(containsString("Workshop on Article 4")))
            .andExpect(content().string(containsString("non traduit")));
        mvc.perform(get("/meetings/" + meeting).param("lang", "en"))
            .andExpect(content().string(not(containsString("not translated"))));
    }

    @Test
    void theSecretariatTranslatesSideBySide() throws Exception {
        CcmUser secretariat = accounts.create(Role.SECRETARIAT);
        long meeting = newMeeting("Workshop on Article 5");
        mvc.perform(get("/admin/meetings/" + meeting + "/texts").param("lang", "fr").with(TestAccounts.as(secretariat)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Workshop on Article 5")))
            .andExpect(content().string(containsString("name=\"nameFr\"")))
            .andExpect(content().string(containsString("name=\"nameEs\"")));
        mvc.perform(post("/admin/meetings/" + meeting + "/texts").with(csrf())
            .with(TestAccounts.as(secretariat))
            .param("nameFr", "Atelier sur l'article 5")
            .param("nameEs", "Taller sobre el artículo 5")
            .param("cityFr", "Genève")
            .param("countryFr", "Suisse")
            .param("signatoryName", "A. Person")
            .param("secretariatContact", "isu@example.org")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/meetings/" + meeting).param("lang", "fr"))
            .andExpect(content().string(containsString("Atelier sur l&#39;article 5")))
            .andExpect(content().string(containsString("Genève, Suisse")))
            .andExpect(content().string(not(containsString("non traduit"))));
        // Spanish has the name but not the place: the place is marked
        mvc.perform(get("/meetings/" + meeting).param("lang", "es"))
            .andExpect(content().string(containsString("Taller sobre el artículo 5")))
            .andExpect(content().string(containsString("sin traducir")));
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("""
                select count(*) from audit_entry where entity_type = 'meeting' and action = 'TEXTS'
                   and entity_id = :id""").param("id", String.valueOf(meeting)).query(Integer.class).single())
            .isEqualTo(1);
        mvc.perform(post("/admin/meetings/" + meeting + "/texts").with(csrf())
            .with(TestAccounts.as(secretariat))
            .param("nameFr", "x".repeat(301))).andExpect(status().is4xxClientError());
        org.assertj.core.api.Assertions
            .assertThat(jdbc.sql("select name from meeting_text where meeting_id = :id and language = 'fr'")
                .param("id", meeting)
                .query(String.class)
                .list())
            .isEqualTo(List.of("Atelier sur l'article 5"));
    }

    private long newMeeting(String name) {
        jdbc.sql(
                """
                        insert into meeting (name, short_name, kind, registration_by_ccm_desk, first_day, last_day, city, country,
                                             time_zone, source, cancelled, shipped, created_at)
                        values (:name, :name, 'SIDE_EVENT', false, '2025-09-01', '2025-09-01', 'Geneva', 'Switzerland',
                                'Europe/Zurich', 'test', false, false, :now)""")
            .param("name", name)
            .param("now", OffsetDateTime.parse("2025-06-01T00:00:00Z"))
            .update();
        return jdbc.sql("select id from meeting where name = :name").param("name", name).query(Long.class).single();
    }

}

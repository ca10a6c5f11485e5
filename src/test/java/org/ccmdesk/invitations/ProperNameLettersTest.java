package org.ccmdesk.invitations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.ccmdesk.accounts.CcmUser;
import org.ccmdesk.accounts.Role;
import org.ccmdesk.accounts.TestAccounts;
import org.ccmdesk.support.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * The letters as a secretariat reads them back (the PDF's text): every state by its UN
 * name as of the letter's date, addressed through the mission it has, and a French letter
 * wholly in French.
 */
@DatabaseTest
@Transactional
class ProperNameLettersTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    CcmUser secretariat;

    long meeting;

    @BeforeEach
    void prepare() throws Exception {
        secretariat = accounts.create(Role.SECRETARIAT);
        meeting = InvitationTestData.meeting(jdbc, "Intersessional 2014");
        prepare(meeting, "2014-02-28", "en");
    }

    private void prepare(long meetingId, String letterDate, String language) throws Exception {
        mvc.perform(post("/meetings/" + meetingId + "/invitations/prepare").with(csrf())
            .with(TestAccounts.as(secretariat))
            .param("signatoryName", InvitationTestData.SIGNATORY)
            .param("signatoryTitle", InvitationTestData.TITLE)
            .param("letterDate", letterDate)
            .param("language", language)).andExpect(status().is3xxRedirection());
    }

    private String letter(long meetingId, String iso3) throws Exception {
        long invitation = InvitationTestData.invitation(jdbc, meetingId, iso3);
        byte[] pdf = mvc.perform(get("/invitations/" + invitation + "/letter.pdf").with(TestAccounts.as(secretariat)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
        return LetterPdfTest.text(pdf);
    }

    @Test
    void the2014LettersNameEachStateAsTheUnDidThen() throws Exception {
        assertThat(letter(meeting, "USA"))
            .contains("I have the honour to invite the United States of America",
                    "Permanent Mission of the United States of America")
            .doesNotContain("invite United States ");
        assertThat(letter(meeting, "LAO")).contains("Lao People's Democratic Republic").doesNotContain("Laos");
        assertThat(letter(meeting, "GBR")).contains("United Kingdom of Great Britain and Northern Ireland");
        assertThat(letter(meeting, "RUS")).contains("the Russian Federation");
        assertThat(letter(meeting, "CIV")).contains("Côte d’Ivoire").doesNotContain("Ivory Coast");
        assertThat(letter(meeting, "SWZ")).contains("Swaziland").doesNotContain("Eswatini");
        assertThat(letter(meeting, "MKD")).contains("the former Yugoslav Republic of Macedonia")
            .doesNotContain("North Macedonia");
        assertThat(letter(meeting, "CZE")).contains("Czech Republic").doesNotContain("Czechia");
        assertThat(letter(meeting, "TUR")).contains("Turkey").doesNotContain("Türkiye");
    }

    @Test
    void observerStatesAndStatesWithoutAMissionInGeneva() throws Exception {
        String holySee = letter(meeting, "VAT");
        assertThat(holySee)
            .contains("Permanent Observer Mission of the Holy See", "to the United Nations Office at Geneva")
            .doesNotContain("Vatican")
            .doesNotContain("Permanent Mission of");
        assertThat(letter(meeting, "PSE")).contains("Permanent Observer Mission of the State of Palestine");
        String cookIslands = letter(meeting, "COK");
        assertThat(cookIslands).contains("Ministry of Foreign Affairs of the Cook Islands")
            .doesNotContain("Permanent Mission")
            .doesNotContain("United Nations Office at Geneva");
        assertThat(letter(meeting, "NIU")).contains("Ministry of Foreign Affairs of Niue")
            .doesNotContain("Permanent Mission");
    }

    @Test
    void aMinistrysAddressRecordedBySecretariatIsOnTheLetter() throws Exception {
        mvc.perform(post("/states/COK/mission").with(csrf())
            .with(TestAccounts.as(secretariat))
            .param("missionKind", "NO_MISSION_IN_GENEVA")
            .param("address", "PO Box 105\nAvarua, Rarotonga")).andExpect(status().is3xxRedirection());
        assertThat(letter(meeting, "COK")).contains("Ministry of Foreign Affairs of the Cook Islands", "PO Box 105",
                "Avarua, Rarotonga");
    }

    @Test
    void aLetterOfSeptember2019NamesEswatiniAndNorthMacedonia() throws Exception {
        jdbc.sql(
                """
                        insert into meeting (name, short_name, kind, registration_by_ccm_desk, first_day, last_day, city, country,
                                             time_zone, source, cancelled, shipped, created_at)
                        values ('Names test meeting 2019', 'Names 2019', 'RELATED_MEETING', true, '2019-10-01', '2019-10-02',
                                'Geneva', 'Switzerland', 'Europe/Zurich', 'test', false, false, :now)""")
            .param("now", OffsetDateTime.parse("2019-06-01T00:00:00Z"))
            .update();
        long later = InvitationTestData.meeting(jdbc, "Names 2019");
        prepare(later, "2019-09-02", "en");
        assertThat(letter(later, "SWZ")).contains("Eswatini").doesNotContain("Swaziland");
        assertThat(letter(later, "MKD")).contains("North Macedonia").doesNotContain("former Yugoslav");
        assertThat(letter(later, "TUR")).contains("Turkey").doesNotContain("Türkiye");
    }

    @Test
    void theFrenchLetterToFranceIsWhollyInFrench() throws Exception {
        long france = InvitationTestData.invitation(jdbc, meeting, "FRA");
        String channel = jdbc.sql("select channel from invitation where id = :id")
            .param("id", france)
            .query(String.class)
            .single();
        // the language changes, the address is not typed: it follows from the mission, in
        // French
        mvc.perform(post("/invitations/" + france + "/channel").with(csrf())
            .with(TestAccounts.as(secretariat))
            .param("channel", channel)
            .param("language", "fr")).andExpect(status().is3xxRedirection());
        String text = letter(meeting, "FRA");
        assertThat(text).contains("J'ai l'honneur d'inviter la France", "Réunion intersessions 2014",
                "Mission permanente de la France", "auprès de l'Office des Nations Unies à Genève",
                "Bâtiment de l'Organisation météorologique mondiale (OMM)", "Genève, Suisse",
                "Président de la quatrième Assemblée des États parties", "Genève, le 28 février 2014");
        for (String english : englishLetterSentences()) {
            assertThat(text).as("English sentence in the French letter").doesNotContain(english);
        }
        assertThat(text).doesNotContain("Intersessional Meeting", "World Meteorological", "Switzerland",
                "Permanent Mission", "Geneva", "President of the Fourth", "Minister of Foreign Affairs");
        // French typography: a non-breaking space before the colon
        assertThat(text).contains("Réf.\u00A0:").doesNotContain("Réf. :");
    }

    @Test
    void theSpanishLetterNamesTheMeetingInSpanish() throws Exception {
        long mexico = InvitationTestData.invitation(jdbc, meeting, "MEX");
        String channel = jdbc.sql("select channel from invitation where id = :id")
            .param("id", mexico)
            .query(String.class)
            .single();
        mvc.perform(post("/invitations/" + mexico + "/channel").with(csrf())
            .with(TestAccounts.as(secretariat))
            .param("channel", channel)
            .param("language", "es")).andExpect(status().is3xxRedirection());
        assertThat(letter(meeting, "MEX"))
            .contains("Reunión entre períodos de sesiones 2014", "Misión Permanente de México",
                    "ante la Oficina de las Naciones Unidas en Ginebra", "Ginebra, Suiza")
            .doesNotContain("Intersessional Meeting", "Permanent Mission", "Switzerland");
    }

    /**
     * The English sentences a letter can carry (every English {@code letter.*} message),
     * each cut at its arguments into the longest literal run worth searching for.
     */
    static List<String> englishLetterSentences() throws IOException {
        Properties english = new Properties();
        try (InputStream in = new ClassPathResource("messages/invitations.properties").getInputStream()) {
            english.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        List<String> sentences = new ArrayList<>();
        for (String key : english.stringPropertyNames()) {
            if (!key.startsWith("letter.") || key.equals("letter.datePattern")) {
                continue;
            }
            String longest = "";
            for (String part : english.getProperty(key).replace("''", "'").split("\\{\\d+}")) {
                if (part.trim().length() > longest.length()) {
                    longest = part.trim();
                }
            }
            if (longest.length() >= 8 && longest.contains(" ")) {
                sentences.add(longest);
            }
        }
        assertThat(sentences).hasSizeGreaterThan(10);
        return sentences;
    }

}

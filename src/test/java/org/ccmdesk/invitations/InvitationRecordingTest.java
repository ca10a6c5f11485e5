package org.ccmdesk.invitations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Locale;

import org.ccmdesk.accounts.CcmUser;
import org.ccmdesk.accounts.Role;
import org.ccmdesk.accounts.TestAccounts;
import org.ccmdesk.states.TreatyStatusService;
import org.ccmdesk.support.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

/** The 2014 Intersessional Meeting (7-9 April 2014), letters dated 28 February 2014. */
@DatabaseTest
@Transactional
class InvitationRecordingTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TreatyStatusService states;

    CcmUser secretariat;

    CcmUser france;

    CcmUser germany;

    long meeting;

    long icrc;

    long cmc;

    @BeforeEach
    void setUp() {
        secretariat = accounts.create(Role.SECRETARIAT);
        france = accounts.create(Role.FOCAL_POINT, "FRA");
        germany = accounts.create(Role.FOCAL_POINT, "DEU");
        meeting = InvitationTestData.meeting(jdbc, "Intersessional 2014");
        icrc = InvitationTestData.organisation(jdbc, "International Committee of the Red Cross", "ICRC");
        cmc = InvitationTestData.organisation(jdbc, "Cluster Munition Coalition", "CMC");
        InvitationTestData.organisation(jdbc, "Not invited this time", null);
    }

    private MockHttpServletRequestBuilder prepare(String letterDate, long... organisations) {
        return prepare(InvitationTestData.SIGNATORY, "en", letterDate, organisations);
    }

    private MockHttpServletRequestBuilder prepare(String signatory, String language, String letterDate,
            long... organisations) {
        MockHttpServletRequestBuilder request = post("/meetings/" + meeting + "/invitations/prepare").with(csrf())
            .param("signatoryName", signatory)
            .param("signatoryTitle", InvitationTestData.TITLE)
            .param("letterDate", letterDate)
            .param("language", language);
        for (long organisation : organisations) {
            request.param("organisations", String.valueOf(organisation));
        }
        return request;
    }

    private int invitations() {
        return jdbc.sql("select count(*) from invitation where meeting_id = :m")
            .param("m", meeting)
            .query(Integer.class)
            .single();
    }

    @Test
    void everyStateAndTheSelectedOrganisationsAreInvitedOnce() throws Exception {
        mvc.perform(prepare("2014-02-28", icrc, cmc).with(TestAccounts.as(secretariat)))
            .andExpect(redirectedUrl("/meetings/" + meeting + "/invitations"))
            .andExpect(flash().attribute("added", 199));
        assertThat(invitations()).isEqualTo(199);
        assertThat(jdbc.sql("select count(*) from invitation where meeting_id = :m and state_iso3 is not null")
            .param("m", meeting)
            .query(Integer.class)
            .single()).isEqualTo(197);
        assertThat(jdbc.sql("select channel from invitation where meeting_id = :m and state_iso3 = 'FRA'")
            .param("m", meeting)
            .query(String.class)
            .single()).isEqualTo("Permanent Mission of France to the United Nations Office at Geneva");
        mvc.perform(get("/meetings/" + meeting + "/invitations").with(TestAccounts.as(secretariat)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Not answered yet (199)")));
        // preparing again adds only what is missing, and says so
        mvc.perform(prepare("2014-03-01", icrc, cmc).with(TestAccounts.as(secretariat)))
            .andExpect(flash().attribute("added", 0));
        assertThat(invitations()).isEqualTo(199);
        assertThat(jdbc
            .sql("select count(*) from audit_entry where entity_type = 'meeting_invitations' and entity_id = :m")
            .param("m", String.valueOf(meeting))
            .query(Integer.class)
            .single()).isEqualTo(1);
    }

    @Test
    void badInputIsRefusedAndNothingIsWritten() throws Exception {
        mvc.perform(prepare("2014-04-08").with(TestAccounts.as(secretariat)))
            .andExpect(status().isBadRequest())
            .andExpect(content().string(containsString("before the meeting")));
        mvc.perform(prepare("28/02/2014").with(TestAccounts.as(secretariat)))
            .andExpect(status().isBadRequest())
            .andExpect(content().string(containsString("not a valid date")));
        mvc.perform(prepare("2014-02-28", icrc, 999_999).with(TestAccounts.as(secretariat)))
            .andExpect(status().isBadRequest())
            .andExpect(content().string(containsString("no organisation number 999")));
        mvc.perform(prepare("", "en", "2014-02-28").with(TestAccounts.as(secretariat)))
            .andExpect(status().isBadRequest());
        mvc.perform(prepare(InvitationTestData.SIGNATORY, "de", "2014-02-28").with(TestAccounts.as(secretariat)))
            .andExpect(status().isBadRequest());
        mvc.perform(prepare("2014-02-28").with(TestAccounts.as(france))).andExpect(status().isForbidden());
        mvc.perform(post("/meetings/999999/invitations/prepare").with(csrf())
            .with(TestAccounts.as(secretariat))
            .param("signatoryName", "x")
            .param("signatoryTitle", "y")
            .param("letterDate", "2014-02-28")
            .param("language", "en")).andExpect(status().isNotFound());
        assertThat(invitations()).isZero();
        mvc.perform(get("/meetings/" + meeting + "/invitations").with(TestAccounts.as(france)))
            .andExpect(status().isForbidden());
        mvc.perform(get("/api/meetings/" + meeting + "/funnel").with(TestAccounts.as(france)))
            .andExpect(status().isForbidden());
    }

    @Test
    void onlyTheStatesFocalPointAnswersItsInvitation() throws Exception {
        mvc.perform(prepare("2014-02-28").with(TestAccounts.as(secretariat)));
        long fra = InvitationTestData.invitation(jdbc, meeting, "FRA");
        long deu = InvitationTestData.invitation(jdbc, meeting, "DEU");
        mvc.perform(get("/my/invitations").with(TestAccounts.as(france)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("data-invitation=\"" + fra + "\"")))
            .andExpect(content().string(containsString("Intersessional Meeting 2014")));
        mvc.perform(post("/invitations/" + fra + "/acknowledge").with(csrf()).with(TestAccounts.as(germany)))
            .andExpect(status().isForbidden());
        mvc.perform(post("/invitations/" + fra + "/decline").with(csrf()).with(TestAccounts.as(germany)))
            .andExpect(status().isForbidden());
        mvc.perform(get("/invitations/" + fra + "/letter.pdf").with(TestAccounts.as(germany)))
            .andExpect(status().isForbidden());
        mvc.perform(get("/invitations/" + fra + "/letter.pdf").with(TestAccounts.as(france)))
            .andExpect(status().isOk());
        mvc.perform(post("/invitations/" + fra + "/acknowledge").with(csrf()).with(TestAccounts.as(france)))
            .andExpect(redirectedUrl("/my/invitations"))
            .andExpect(flash().attribute("notice", "invitation.acknowledged"));
        // the first answer stands; a second one is told so on the page
        mvc.perform(post("/invitations/" + fra + "/decline").with(csrf()).with(TestAccounts.as(france)))
            .andExpect(redirectedUrl("/my/invitations"))
            .andExpect(flash().attribute("problem", "invitation.alreadyAnswered"));
        mvc.perform(post("/invitations/" + deu + "/decline").with(csrf()).with(TestAccounts.as(germany)))
            .andExpect(redirectedUrl("/my/invitations"));
        assertThat(jdbc.sql("select status from invitation where id in (:ids) order by state_iso3")
            .param("ids", java.util.List.of(fra, deu))
            .query(String.class)
            .list()).containsExactly("DECLINED", "ACKNOWLEDGED");
        assertThat(jdbc.sql("select answered_on from invitation where id = :id")
            .param("id", fra)
            .query(LocalDate.class)
            .single()).isEqualTo(LocalDate.of(2025, 6, 22));
        assertThat(jdbc.sql("""
                select count(*) from audit_entry where entity_type = 'invitation'
                   and entity_id in (select cast(id as varchar(20)) from invitation where meeting_id = :meeting)""")
            .param("meeting", meeting)
            .query(Integer.class)
            .single()).isEqualTo(2);
    }

    @Test
    void theFunnelCountsByGroupAndRegion() throws Exception {
        mvc.perform(prepare("2014-02-28", icrc).with(TestAccounts.as(secretariat)));
        mvc.perform(post("/invitations/" + InvitationTestData.invitation(jdbc, meeting, "FRA") + "/acknowledge")
            .with(csrf())
            .with(TestAccounts.as(france)));
        mvc.perform(
                post("/invitations/" + InvitationTestData.invitation(jdbc, meeting, "DEU") + "/decline").with(csrf())
                    .with(TestAccounts.as(germany)));
        long partiesOnFirstDay = states.statusOfAll(LocalDate.of(2014, 4, 7), Locale.ENGLISH)
            .stream()
            .filter(s -> s.status().isStateParty())
            .count();
        mvc.perform(get("/api/meetings/" + meeting + "/funnel").with(TestAccounts.as(secretariat)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.statusAsOf").value("2014-04-07"))
            .andExpect(jsonPath("$.total.invited").value(198))
            .andExpect(jsonPath("$.total.acknowledged").value(1))
            .andExpect(jsonPath("$.total.declined").value(1))
            .andExpect(jsonPath("$.total.unanswered").value(196))
            .andExpect(jsonPath("$.total.registered").value(0))
            .andExpect(jsonPath("$.total.approved").value(0))
            .andExpect(jsonPath("$.byGroup[?(@.key == 'STATES_PARTIES')].stage.invited").value((int) partiesOnFirstDay))
            .andExpect(jsonPath("$.byGroup[?(@.key == 'STATES_PARTIES')].stage.acknowledged").value(1))
            .andExpect(jsonPath("$.byGroup[?(@.key == 'STATES_PARTIES')].stage.declined").value(1))
            .andExpect(jsonPath("$.byGroup[?(@.key == 'ORGANISATIONS')].stage.invited").value(1))
            .andExpect(jsonPath("$.byRegion[?(@.key == 'Europe')].stage.acknowledged").value(1));
        mvc.perform(get("/meetings/" + meeting + "/invitations").param("page", "4").with(TestAccounts.as(secretariat)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Not answered yet (196)")))
            .andExpect(content().string(containsString("data-group=\"SIGNATORIES\"")));
    }

    @Test
    void theSecretariatSendsRemindsAndChangesTheAddress() throws Exception {
        mvc.perform(prepare("2014-02-28").with(TestAccounts.as(secretariat)));
        long idn = InvitationTestData.invitation(jdbc, meeting, "IDN");
        mvc.perform(post("/invitations/" + idn + "/sent").param("sentOn", "2014-03-03")
            .with(csrf())
            .with(TestAccounts.as(france))).andExpect(status().isForbidden());
        mvc.perform(post("/invitations/" + idn + "/sent").param("sentOn", "2014-02-27")
            .with(csrf())
            .with(TestAccounts.as(secretariat))).andExpect(status().isBadRequest());
        mvc.perform(post("/invitations/" + idn + "/sent").param("sentOn", "2014-03-03")
            .with(csrf())
            .with(TestAccounts.as(secretariat))).andExpect(redirectedUrl("/invitations/" + idn));
        mvc.perform(post("/invitations/" + idn + "/sent").param("sentOn", "2014-03-04")
            .with(csrf())
            .with(TestAccounts.as(secretariat)))
            .andExpect(redirectedUrl("/invitations/" + idn))
            .andExpect(flash().attribute("problem", "invitation.alreadySent"));
        assertThat(jdbc.sql("select sent_on from invitation where id = :id")
            .param("id", idn)
            .query(LocalDate.class)
            .single()).isEqualTo(LocalDate.of(2014, 3, 3));
        mvc.perform(post("/invitations/" + idn + "/reminder").param("remindedOn", "2014-03-20")
            .with(csrf())
            .with(TestAccounts.as(secretariat))).andExpect(redirectedUrl("/invitations/" + idn));
        mvc.perform(post("/invitations/" + idn + "/reminder").param("page", "2")
            .with(csrf())
            .with(TestAccounts.as(secretariat)))
            .andExpect(redirectedUrl("/meetings/" + meeting + "/invitations?page=2#unanswered"));
        mvc.perform(post("/invitations/" + idn + "/reminder").param("remindedOn", "2030-01-01")
            .with(csrf())
            .with(TestAccounts.as(secretariat))).andExpect(status().isBadRequest());
        mvc.perform(post("/invitations/" + idn + "/reminder").param("remindedOn", "2014-03-20")
            .with(csrf())
            .with(TestAccounts.as(france))).andExpect(status().isForbidden());
        mvc.perform(post("/invitations/999999/reminder").with(csrf()).with(TestAccounts.as(secretariat)))
            .andExpect(status().isNotFound());
        assertThat(
                jdbc.sql("select reminded_on from invitation_reminder where invitation_id = :id order by reminded_on")
                    .param("id", idn)
                    .query(LocalDate.class)
                    .list())
            .containsExactly(LocalDate.of(2014, 3, 20), LocalDate.of(2025, 6, 22));
        mvc.perform(get("/invitations/" + idn).with(TestAccounts.as(secretariat)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("20 March 2014")));

        mvc.perform(post("/invitations/" + idn + "/channel").param("channel", "")
            .param("language", "fr")
            .with(csrf())
            .with(TestAccounts.as(secretariat))).andExpect(status().isBadRequest());
        mvc.perform(post("/invitations/" + idn + "/channel").param("channel", "Embassy of Indonesia, Bern")
            .param("language", "fr")
            .with(csrf())
            .with(TestAccounts.as(secretariat))).andExpect(redirectedUrl("/invitations/" + idn));
        assertThat(jdbc.sql("select channel || '/' || language from invitation where id = :id")
            .param("id", idn)
            .query(String.class)
            .single()).isEqualTo("Embassy of Indonesia, Bern/fr");
        // answered: no more reminders
        CcmUser indonesia = accounts.create(Role.FOCAL_POINT, "IDN");
        mvc.perform(post("/invitations/" + idn + "/acknowledge").with(csrf()).with(TestAccounts.as(indonesia)));
        mvc.perform(post("/invitations/" + idn + "/reminder").with(csrf()).with(TestAccounts.as(secretariat)))
            .andExpect(redirectedUrl("/invitations/" + idn))
            .andExpect(flash().attribute("problem", "invitation.alreadyAnswered"));
        assertThat(jdbc.sql("""
                select count(*) from audit_entry where entity_type = 'invitation'
                   and entity_id in (select cast(id as varchar(20)) from invitation where meeting_id = :meeting)""")
            .param("meeting", meeting)
            .query(Integer.class)
            .single()).isEqualTo(5);
    }

}

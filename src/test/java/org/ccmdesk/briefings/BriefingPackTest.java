package org.ccmdesk.briefings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.ccmdesk.accounts.CcmUser;
import org.ccmdesk.accounts.Role;
import org.ccmdesk.accounts.TestAccounts;
import org.ccmdesk.support.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A meeting of the test's own with three invited states (a State Party, a signatory, a
 * state that had not signed): the pack built in the background, the CSV of lines, and a
 * memo e-mailed at a focal point's request.
 */
@DatabaseTest
class BriefingPackTest {

    static final List<String> INVITED = List.of("SWZ", "IDN", "CUB");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestAccounts accounts;

    long meeting;

    CcmUser secretariat;

    @BeforeEach
    void meetingWithInvitations() {
        String name = "Briefing test " + System.nanoTime();
        jdbc.sql("""
                insert into meeting (name, short_name, kind, registration_by_ccm_desk, first_day, last_day, city,
                                     country, time_zone, source, cancelled, shipped, created_at)
                values (:name, :name, 'RELATED_MEETING', true, '2014-06-02', '2014-06-04', 'Geneva', 'Switzerland',
                        'Europe/Zurich', 'test', false, false, :now)""")
            .param("name", name)
            .param("now", OffsetDateTime.parse("2014-01-01T00:00:00Z"))
            .update();
        meeting = jdbc.sql("select id from meeting where name = :n").param("n", name).query(Long.class).single();
        for (String iso3 : INVITED) {
            jdbc.sql("""
                    insert into invitation (meeting_id, invitee, state_iso3, channel, language, signatory_name,
                                            signatory_title, letter_date, sent_on, status, prepared_by, prepared_at)
                    values (:m, :iso3, :iso3, 'mission', 'en', 'Signatory', 'Title', '2014-03-03', '2014-03-05', 'SENT',
                            'test', :now)""")
                .param("m", meeting)
                .param("iso3", iso3)
                .param("now", OffsetDateTime.parse("2014-03-03T00:00:00Z"))
                .update();
        }
        secretariat = accounts.create(Role.SECRETARIAT);
    }

    @Test
    void theMemosDateIsTheDayTheInvitationsWereSent() throws Exception {
        mvc.perform(get("/briefings/" + meeting + "/IDN"))
            .andExpect(content().string(containsString("As of 5 March 2014")));
    }

    @Test
    void thePackIsBuiltInTheBackgroundWithASummaryAndEveryInvitedStatesMemo() throws Exception {
        mvc.perform(post("/briefings/" + meeting + "/pack").with(csrf())
            .with(TestAccounts.as(accounts.create(Role.FOCAL_POINT, "IDN")))).andExpect(status().isForbidden());
        String location = mvc
            .perform(post("/briefings/" + meeting + "/pack").with(csrf()).with(TestAccounts.as(secretariat)))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
        String id = location.substring(location.lastIndexOf('/') + 1);
        String finished = await().atMost(Duration.ofSeconds(60))
            .pollInterval(Duration.ofMillis(100))
            .until(() -> jdbc.sql("select status from briefing_pack where id = :id")
                .param("id", id)
                .query(String.class)
                .single(), s -> !"RUNNING".equals(s));
        assertThat(finished).isEqualTo("DONE");
        mvc.perform(get(location).header("HX-Request", "true").with(TestAccounts.as(secretariat)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("3 of 3 memos built")))
            .andExpect(content().string(not(containsString("hx-get"))))
            .andExpect(content().string(not(containsString("<html"))));
        byte[] pdf = mvc.perform(get(location + "/pack.pdf").with(TestAccounts.as(secretariat)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
        String text = BriefingMemoTest.text(pdf);
        assertThat(text).contains("Briefing pack", "States invited, by status", "Invited 3", "Sent 3");
        for (String name : List.of("Swaziland", "Indonesia", "Cuba")) {
            assertThat(text).contains("Briefing memo: Briefing test").contains(name);
        }
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(4);
        }
        mvc.perform(get("/briefing-packs/no-such-pack").with(TestAccounts.as(secretariat)))
            .andExpect(status().isNotFound());
    }

    @Test
    void theCsvHasEveryInvitedStatesLines() throws Exception {
        String csv = mvc.perform(get("/briefings/" + meeting + "/lines.csv"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).isEqualTo("State,ISO3,Status,What to prepare,Why");
        assertThat(lines).anyMatch(l -> l.startsWith("Indonesia,IDN,Signatory,"))
            .anyMatch(l -> l.startsWith("Swaziland,SWZ,In force,Its efforts under Article 21"))
            .anyMatch(l -> l.startsWith("Cuba,CUB,Not a signatory,A statement on progress towards ratification"))
            .noneMatch(l -> l.contains(",FRA,"));
    }

    @Test
    void aFocalPointHasTheMemoEMailedWithThePdfAttached() throws Exception {
        CcmUser other = accounts.create(Role.FOCAL_POINT, "CUB");
        mvc.perform(post("/briefings/" + meeting + "/IDN/send").with(csrf()).with(TestAccounts.as(other)))
            .andExpect(status().isForbidden());
        CcmUser focalPoint = accounts.create(Role.FOCAL_POINT, "IDN");
        mvc.perform(post("/briefings/" + meeting + "/IDN/send?lang=fr").with(csrf()).with(TestAccounts.as(focalPoint)))
            .andExpect(status().is3xxRedirection());
        String subject = await().atMost(Duration.ofSeconds(30))
            .pollInterval(Duration.ofMillis(100))
            .until(() -> jdbc.sql("select subject from mail_message where kind = 'briefing-memo' and recipient = :r")
                .param("r", focalPoint.email())
                .query(String.class)
                .list(), l -> !l.isEmpty())
            .get(0);
        assertThat(subject).startsWith("Note d’information").contains("Indonésie");
        byte[] pdf = jdbc.sql("""
                select a.content from mail_attachment a join mail_message m on m.id = a.message_id
                 where m.kind = 'briefing-memo' and m.recipient = :r""")
            .param("r", focalPoint.email())
            .query((rs, n) -> rs.getBytes(1))
            .single();
        assertThat(BriefingMemoTest.text(pdf)).contains("4. La délégation", "3. À préparer");
        assertThat(jdbc.sql("select count(*) from mail_message where kind = 'briefing-memo' and recipient = :r")
            .param("r", other.email())
            .query(Integer.class)
            .single()).isZero();
    }

}

package org.ccmdesk.invitations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.ccmdesk.accounts.CcmUser;
import org.ccmdesk.accounts.Role;
import org.ccmdesk.accounts.TestAccounts;
import org.ccmdesk.support.DatabaseTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

/**
 * The invitations of a meeting of the test's own (1-3 September 2025, letters of 1 June;
 * today is 22 June 2025): those not answered leave out an invitee that registered
 * someone, and the secretariat marks many sent at once, after a confirmation.
 */
@DatabaseTest
@Transactional
class InvitationListTest {

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
        meeting = InvitationTestData.newMeeting(jdbc, "Invitation list test " + System.nanoTime());
        mvc.perform(post("/meetings/" + meeting + "/invitations/prepare").with(csrf())
            .with(TestAccounts.as(secretariat))
            .param("signatoryName", InvitationTestData.SIGNATORY)
            .param("signatoryTitle", InvitationTestData.TITLE)
            .param("letterDate", "2025-06-01")
            .param("language", "en")).andExpect(status().is3xxRedirection());
    }

    private Document list() throws Exception {
        return Jsoup.parse(mvc.perform(get("/meetings/" + meeting + "/invitations").with(TestAccounts.as(secretariat)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString());
    }

    private void registerSomeoneOf(String iso3) {
        OffsetDateTime now = OffsetDateTime.parse("2025-06-10T09:00:00Z");
        String email = "delegate." + iso3.toLowerCase() + "." + meeting + "@example.org";
        jdbc.sql(
                """
                        insert into participant (email, given_names, family_name, badge_name, job_function, state_iso3,
                               needs_wheelchair, needs_sign_language, needs_large_print, needs_assistant, created_by, created_at, updated_at)
                        values (:email, 'Claire', 'Tremblay', 'Claire Tremblay', 'Director', :iso3, false, false, false, false, 'test', :now, :now)""")
            .param("email", email)
            .param("iso3", iso3)
            .param("now", now)
            .update();
        jdbc.sql("""
                insert into registration (participant_id, meeting_id, state_iso3, delegation_role, public_consent,
                       visa_letter_requested, status, confirmed, late, submitted_by, submitted_at)
                select id, :meeting, :iso3, 'HEAD_OF_DELEGATION', true, false, 'SUBMITTED', true, false, 'test', :now
                  from participant where email = :email""")
            .param("meeting", meeting)
            .param("iso3", iso3)
            .param("email", email)
            .param("now", now)
            .update();
    }

    private MockHttpServletRequestBuilder markSent(String... iso3) {
        MockHttpServletRequestBuilder request = post("/meetings/" + meeting + "/invitations/mark-sent").with(csrf())
            .with(TestAccounts.as(secretariat));
        for (String code : iso3) {
            request.param("ids", String.valueOf(InvitationTestData.invitation(jdbc, meeting, code)));
        }
        return request;
    }

    private int audited(String iso3) {
        return jdbc.sql(
                "select count(*) from audit_entry where entity_type = 'invitation' and entity_id = :id and action = 'SEND'")
            .param("id", String.valueOf(InvitationTestData.invitation(jdbc, meeting, iso3)))
            .query(Integer.class)
            .single();
    }

    private String statusOf(String iso3) {
        return jdbc
            .sql("select status || ' ' || coalesce(cast(sent_on as varchar(10)), '-') from invitation where id = :id")
            .param("id", InvitationTestData.invitation(jdbc, meeting, iso3))
            .query(String.class)
            .single();
    }

    @Test
    void anInviteeThatRegisteredSomeoneIsNotListedAsNotAnswered() throws Exception {
        registerSomeoneOf("CAN");
        Document page = list();
        assertThat(page.select("#unanswered-list tr[data-invitee=AUT]")).hasSize(1);
        assertThat(page.select("#unanswered-list tr[data-invitee=CAN]")).isEmpty();
        // the heading counts as the funnel does: every invitation but Canada's
        int invited = page.select("#funnel tfoot td.invited").first().text().isEmpty() ? 0
                : Integer.parseInt(page.select("#funnel tfoot td.invited").first().text());
        assertThat(page.selectFirst("#unanswered").text()).isEqualTo("Not answered yet (" + (invited - 1) + ")");
    }

    @Test
    void manyInvitationsMarkedSentAfterAConfirmationWithTodayAsTheDefaultDate() throws Exception {
        Document confirm = Jsoup.parse(mvc.perform(markSent("AFG", "ALB"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString());
        assertThat(confirm.selectFirst("#mark-sent-question").text())
            .startsWith("Mark 2 of the 2 chosen invitations sent?");
        assertThat(confirm.select("#mark-sent-names li").eachText()).containsExactly("Afghanistan", "Albania");
        assertThat(confirm.selectFirst("#sentOn").val()).isEqualTo("2025-06-22");
        assertThat(statusOf("AFG")).isEqualTo("PREPARED -");

        mvc.perform(markSent("AFG", "ALB").param("confirmed", "yes").param("sentOn", "2025-06-20").with(request -> {
            request.setRemoteAddr("0:0:0:0:0:0:0:1");
            return request;
        })).andExpect(flash().attribute("markedSentCount", 2));
        assertThat(statusOf("AFG")).isEqualTo("SENT 2025-06-20");
        assertThat(statusOf("ALB")).isEqualTo("SENT 2025-06-20");
        assertThat(statusOf("ITA")).isEqualTo("PREPARED -");
        assertThat(audited("AFG")).isEqualTo(1);
        // audited like one marked sent on its page, from the client's address in its
        // short form
        assertThat(jdbc
            .sql("""
                    select client_address from audit_entry where entity_type = 'invitation' and entity_id = :id and action = 'SEND'""")
            .param("id", String.valueOf(InvitationTestData.invitation(jdbc, meeting, "ALB")))
            .query(String.class)
            .single()).isEqualTo("::1");

        // the same click again changes nothing and writes no audit entry
        mvc.perform(markSent("AFG", "ALB").param("confirmed", "yes").param("sentOn", "2025-06-21"))
            .andExpect(flash().attribute("markedSentCount", 0));
        assertThat(statusOf("AFG")).isEqualTo("SENT 2025-06-20");
        assertThat(audited("AFG")).isEqualTo(1);
        assertThat(list().selectFirst("#unanswered-list tr[data-invitee=AFG] input[name=ids]").hasAttr("disabled"))
            .isTrue();
    }

    @Test
    void aDateInTheFutureOrNoChoiceIsRefusedWithAMessage() throws Exception {
        mvc.perform(markSent("AFG").param("confirmed", "yes").param("sentOn", LocalDate.of(2025, 6, 23).toString()))
            .andExpect(status().isBadRequest());
        assertThat(statusOf("AFG")).isEqualTo("PREPARED -");
        mvc.perform(markSent()).andExpect(flash().attribute("problem", "invitations.noneChosen"));
    }

}

package org.ccmdesk.desks;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.ccmdesk.accounts.CcmUser;
import org.ccmdesk.accounts.Role;
import org.ccmdesk.accounts.TestAccounts;
import org.ccmdesk.support.DatabaseTest;
import org.ccmdesk.support.OpenMeetings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * The secretariat's jobs running and a focal point's delegations to register. Today is 22
 * June 2025 by the test clock; the test's own meeting is on 7-9 July 2025 with its
 * registration open from 1 to 30 June.
 */
@DatabaseTest
@Transactional
class DeskWorkTest {

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2025-06-22T08:00:00Z");

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    String name;

    long meeting;

    @BeforeEach
    void meeting() {
        name = "Desk test meeting " + UUID.randomUUID().toString().substring(0, 8);
        meeting = OpenMeetings.create(jdbc, name);
    }

    @Test
    void theSecretariatSeesEachJobRunningWithItsProgressPageUntilItIsDone() throws Exception {
        CcmUser secretariat = accounts.create(Role.SECRETARIAT);
        String letters = UUID.randomUUID().toString();
        String mailing = UUID.randomUUID().toString();
        String pack = UUID.randomUUID().toString();
        for (String[] job : new String[][] { { "invitation_letter_job", letters, "120", "45" },
                { "invitation_mailing", mailing, "80", "3" } }) {
            jdbc.sql("insert into " + job[0] + " (id, meeting_id, total, done, status, requested_by, created_at)"
                    + " values (:id, :m, :total, :done, 'RUNNING', 'isu@example.org', :now)")
                .param("id", job[1])
                .param("m", meeting)
                .param("total", Integer.parseInt(job[2]))
                .param("done", Integer.parseInt(job[3]))
                .param("now", NOW)
                .update();
        }
        jdbc.sql(
                """
                        insert into briefing_pack (id, meeting_id, as_of, language, total, done, status, requested_by, created_at)
                        values (:id, :m, '2025-06-22', 'en', 10, 2, 'RUNNING', 'isu@example.org', :now)""")
            .param("id", pack)
            .param("m", meeting)
            .param("now", NOW)
            .update();

        mvc.perform(get("/desk").with(TestAccounts.as(secretariat)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Letters for " + name + " being built: 45 of 120")))
            .andExpect(content().string(containsString("href=\"/invitation-jobs/" + letters + "\"")))
            .andExpect(content().string(containsString("Invitations to " + name + " being sent: 3 of 80")))
            .andExpect(content().string(containsString("href=\"/invitation-mailings/" + mailing + "\"")))
            .andExpect(content().string(containsString("Briefing pack for " + name + " being built: 2 of 10 memos")))
            .andExpect(content().string(containsString("href=\"/briefing-packs/" + pack + "\"")));
        // each link leads to the job's progress page
        mvc.perform(get("/invitation-jobs/" + letters).with(TestAccounts.as(secretariat))).andExpect(status().isOk());
        mvc.perform(get("/invitation-mailings/" + mailing).with(TestAccounts.as(secretariat)))
            .andExpect(status().isOk());
        mvc.perform(get("/briefing-packs/" + pack).with(TestAccounts.as(secretariat))).andExpect(status().isOk());
        // a focal point does not see the secretariat's jobs
        mvc.perform(get("/desk").with(TestAccounts.as(accounts.create(Role.FOCAL_POINT, "FRA"))))
            .andExpect(content().string(not(containsString(letters))));

        // as the jobs finish (or fail), they leave the desk
        jdbc.sql("update invitation_letter_job set status = 'DONE', done = total, finished_at = :now where id = :id")
            .param("id", letters)
            .param("now", NOW)
            .update();
        jdbc.sql("update invitation_mailing set status = 'FAILED', finished_at = :now where id = :id")
            .param("id", mailing)
            .param("now", NOW)
            .update();
        jdbc.sql("update briefing_pack set status = 'DONE', done = total, finished_at = :now where id = :id")
            .param("id", pack)
            .param("now", NOW)
            .update();
        mvc.perform(get("/desk").with(TestAccounts.as(secretariat)))
            .andExpect(content().string(not(containsString(letters))))
            .andExpect(content().string(not(containsString(mailing))))
            .andExpect(content().string(not(containsString(pack))));
    }

    @Test
    void aFocalPointSeesTheDelegationToRegisterWithTheAdviceUntilSomeoneIsRegistered() throws Exception {
        CcmUser france = accounts.create(Role.FOCAL_POINT, "FRA");
        String delegationPage = "href=\"/meetings/" + meeting + "/delegations/FRA\"";
        String item = "Register the delegation of France to " + name;
        // not invited: nothing to register
        mvc.perform(get("/desk").with(TestAccounts.as(france))).andExpect(content().string(not(containsString(item))));

        for (String iso3 : new String[] { "FRA", "DEU" }) {
            jdbc.sql("""
                    insert into invitation (meeting_id, invitee, state_iso3, channel, language, signatory_name,
                                            signatory_title, letter_date, sent_on, status, prepared_by, prepared_at)
                    values (:m, :iso3, :iso3, 'mission', 'en', 'Signatory', 'Title', '2025-06-02', '2025-06-03', 'SENT',
                            'test', :now)""").param("m", meeting).param("iso3", iso3).param("now", NOW).update();
        }
        mvc.perform(get("/desk").with(TestAccounts.as(france)))
            .andExpect(content().string(containsString(item)))
            .andExpect(content().string(containsString(delegationPage)))
            .andExpect(content().string(containsString("A policy-level delegate (or the head of delegation)")))
            .andExpect(content().string(containsString("<strong>missing</strong>")));
        // Germany's focal point sees Germany's delegation, not France's
        mvc.perform(get("/desk").with(TestAccounts.as(accounts.create(Role.FOCAL_POINT, "DEU"))))
            .andExpect(content().string(not(containsString(item))))
            .andExpect(content().string(containsString("Register the delegation of Germany to " + name)));
        // the link leads to the delegation page, where the focal point registers
        mvc.perform(get("/meetings/" + meeting + "/delegations/FRA").with(TestAccounts.as(france)))
            .andExpect(status().isOk());

        long claire = OpenMeetings.register(mvc, jdbc, france, "FRA", meeting, "chef@diplomatie.gouv.fr", "Claire",
                "Martin");
        // registered, but without the technical expert the advice asks for: to complete
        String complete = "Complete the delegation of France to " + name;
        mvc.perform(get("/desk").with(TestAccounts.as(france)))
            .andExpect(content().string(not(containsString(item))))
            .andExpect(content().string(containsString(complete)))
            .andExpect(content().string(containsString("<strong>missing</strong>")));

        // approved, with a visa letter asked for and passport details: the letter is
        // ready
        String visa = "The visa letter of Claire Martin (France) for " + name + " is ready";
        mvc.perform(get("/desk").with(TestAccounts.as(france))).andExpect(content().string(not(containsString(visa))));
        jdbc.sql("update participant set passport_number = 'P7654321' where id = :p").param("p", claire).update();
        long registration = jdbc.sql("select id from registration where participant_id = :p and meeting_id = :m")
            .param("p", claire)
            .param("m", meeting)
            .query(Long.class)
            .single();
        jdbc.sql("update registration set status = 'APPROVED', visa_letter_requested = true where id = :r")
            .param("r", registration)
            .update();
        mvc.perform(get("/desk").with(TestAccounts.as(france)))
            .andExpect(content().string(containsString(visa)))
            .andExpect(
                    content().string(containsString("href=\"/registrations/" + registration + "/visa-letter.pdf\"")));
        mvc.perform(get("/registrations/" + registration + "/visa-letter.pdf").with(TestAccounts.as(france)))
            .andExpect(status().isOk());
    }

}

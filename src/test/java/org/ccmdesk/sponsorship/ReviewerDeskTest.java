package org.ccmdesk.sponsorship;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.ccmdesk.accounts.CcmUser;
import org.ccmdesk.accounts.Role;
import org.ccmdesk.accounts.TestAccounts;
import org.ccmdesk.support.DatabaseTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A sponsorship reviewer lands on a desk of their own: the eligible applications of a
 * meeting to come that they have not reviewed, a link to the meeting's applications; the
 * line goes once they have reviewed them, and stays on another reviewer's desk.
 */
@DatabaseTest
class ReviewerDeskTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    Programmes programmes;

    @Autowired
    Calls calls;

    CcmUser reviewer;

    CcmUser otherReviewer;

    CcmUser focalPoint;

    long meeting;

    String meetingName;

    @BeforeEach
    void setUp() {
        CcmUser secretariat = accounts.create(Role.SECRETARIAT);
        reviewer = accounts.create(Role.REVIEWER);
        otherReviewer = accounts.create(Role.REVIEWER);
        focalPoint = accounts.create(Role.FOCAL_POINT, "MOZ");
        SponsorshipFixtures.signIn(secretariat);
        meeting = SponsorshipFixtures.meeting(jdbc);
        SponsorshipFixtures.programmeAndCall(programmes, calls, jdbc, meeting, 2);
        SponsorshipFixtures.signOut();
        meetingName = jdbc.sql("select name from meeting where id = :id")
            .param("id", meeting)
            .query(String.class)
            .single();
    }

    @AfterEach
    void signOut() {
        SponsorshipFixtures.signOut();
    }

    private long apply(long registration) throws Exception {
        String body = mvc
            .perform(post("/api/sponsorship/applications").with(TestAccounts.as(focalPoint))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"meetingId": %d, "registrationId": %d, "motivation": "Statement on clearance",
                         "items": [{"kind": "TRAVEL", "amount": 1200}, {"kind": "DSA", "amount": 900}]}"""
                    .formatted(meeting, registration)))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    @Test
    void theApplicationsToReviewAreOnTheReviewersDeskUntilReviewed() throws Exception {
        long first = apply(
                SponsorshipFixtures.registration(jdbc, meeting, "MOZ", "Macuacua", SponsorshipFixtures.email()));
        long second = apply(
                SponsorshipFixtures.registration(jdbc, meeting, "MOZ", "Cossa", SponsorshipFixtures.email()));
        long question = jdbc.sql("select id from sponsorship_question where programme_year = :y")
            .param("y", SponsorshipFixtures.year(jdbc, meeting))
            .query(Long.class)
            .single();
        mvc.perform(get("/desk").param("lang", "en").with(TestAccounts.as(reviewer)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("data-kind=\"review\"")))
            .andExpect(content().string(containsString("2 eligible applications for " + meetingName)))
            .andExpect(content().string(containsString("href=\"/sponsorship/meetings/" + meeting + "\"")));
        for (long application : new long[] { first, second }) {
            mvc.perform(post("/sponsorship/applications/" + application + "/review").param("q" + question, "4")
                .with(TestAccounts.as(reviewer))
                .with(csrf())).andExpect(status().is3xxRedirection());
        }
        mvc.perform(get("/desk").param("lang", "en").with(TestAccounts.as(reviewer)))
            .andExpect(content().string(not(containsString("for " + meetingName))));
        mvc.perform(get("/desk").param("lang", "fr").with(TestAccounts.as(otherReviewer)))
            .andExpect(content().string(containsString("2 demandes recevables pour " + meetingName)));
    }

}

package org.ccmdesk.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.ccmdesk.accounts.CcmUser;
import org.ccmdesk.accounts.TestAccounts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A test's own meeting, open for registration on the test clock's today (22 June 2025),
 * and a person registered for it by their focal point, through the pages.
 */
public final class OpenMeetings {

    private OpenMeetings() {
    }

    /**
     * A related meeting in Geneva from {@code firstDay} for three days, its registration
     * open from 1 June to {@code closes}; answers its id.
     */
    public static long create(JdbcClient jdbc, String name, LocalDate firstDay, LocalDate closes) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into meeting (name, short_name, kind, registration_by_ccm_desk, first_day, last_day, city,
                                     country, time_zone, source, cancelled, shipped, created_at,
                                     registration_opens, registration_closes)
                values (:name, :name, 'RELATED_MEETING', true, :first, :last, 'Geneva', 'Switzerland',
                        'Europe/Zurich', 'test', false, false, :now, date '2025-06-01', :closes)""")
            .param("name", name)
            .param("first", firstDay)
            .param("last", firstDay.plusDays(2))
            .param("closes", closes)
            .param("now", OffsetDateTime.of(2025, 6, 1, 9, 0, 0, 0, ZoneOffset.UTC))
            .update(key, "id");
        return key.getKey().longValue();
    }

    /** 7-9 July 2025, registration open until 30 June. */
    public static long create(JdbcClient jdbc, String name) {
        return create(jdbc, name, LocalDate.of(2025, 7, 7), LocalDate.of(2025, 6, 30));
    }

    /**
     * The focal point of {@code iso3} makes the person's profile and registers them as a
     * policy-level delegate (submitted); answers the profile's id.
     */
    public static long register(MockMvc mvc, JdbcClient jdbc, CcmUser focalPoint, String iso3, long meeting,
            String email, String givenNames, String familyName) throws Exception {
        mvc.perform(post("/profile").with(csrf())
            .with(TestAccounts.as(focalPoint))
            .param("member", "true")
            .param("meeting", String.valueOf(meeting))
            .param("email", email)
            .param("givenNames", givenNames)
            .param("familyName", familyName)
            .param("jobFunction", "Counsellor")
            .param("delegation", iso3)).andExpect(status().is3xxRedirection());
        long person = jdbc.sql("select id from participant where email = :e")
            .param("e", email)
            .query(Long.class)
            .single();
        mvc.perform(post("/meetings/" + meeting + "/register").with(csrf())
            .with(TestAccounts.as(focalPoint))
            .param("participantId", String.valueOf(person))
            .param("role", "POLICY_DELEGATE")
            .param("publicConsent", "true")
            .param("meetingIds", String.valueOf(meeting))).andExpect(status().is3xxRedirection());
        return person;
    }

}

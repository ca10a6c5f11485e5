package org.ccmdesk.sponsorship;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.ccmdesk.accounts.CcmUser;
import org.ccmdesk.system.GeneratedId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Test data of the sponsorship tests: each test has its own meeting in a programme year
 * of its own (years from 2040 on, one per test in this JVM), so that money never mixes.
 */
final class SponsorshipFixtures {

    private static final AtomicInteger NEXT_YEAR = new AtomicInteger(2040);

    static final OffsetDateTime NOW = OffsetDateTime.parse("2025-06-22T08:00:00Z");

    private SponsorshipFixtures() {
    }

    /** A meeting of 3 days in a year of its own; answers its id. */
    static long meeting(JdbcClient jdbc) {
        int year = NEXT_YEAR.getAndIncrement();
        String name = "Sponsorship test meeting " + year + " " + UUID.randomUUID().toString().substring(0, 8);
        return GeneratedId.insert(jdbc
            .sql("""
                    insert into meeting (name, short_name, kind, registration_by_ccm_desk, first_day, last_day, city, country,
                                         time_zone, source, cancelled, shipped, created_at)
                    values (:name, :name, 'RELATED_MEETING', true, :first, :last, 'Geneva', 'Switzerland',
                            'Europe/Zurich', 'test', false, false, :now)""")
            .param("name", name)
            .param("first", LocalDate.of(year, 4, 7))
            .param("last", LocalDate.of(year, 4, 9))
            .param("now", NOW));
    }

    static int year(JdbcClient jdbc, long meetingId) {
        return jdbc.sql("select first_day from meeting where id = :id")
            .param("id", meetingId)
            .query(LocalDate.class)
            .single()
            .getYear();
    }

    /**
     * A registered person of a state's delegation (approved); answers the registration's
     * id.
     */
    static long registration(JdbcClient jdbc, long meetingId, String iso3, String familyName, String email) {
        long participant = GeneratedId.insert(jdbc
            .sql("""
                    insert into participant (email, given_names, family_name, badge_name, job_function, state_iso3, gender, passport_number,
                           needs_wheelchair, needs_sign_language, needs_large_print, needs_assistant, created_by, created_at,
                           updated_at)
                    values (:email, 'Test', :family, :family, 'Delegate', :iso3, 'WOMAN', 'P1234567', false, false, false, false,
                           'test', :now, :now)""")
            .param("email", email)
            .param("family", familyName)
            .param("iso3", iso3)
            .param("now", NOW));
        return GeneratedId.insert(jdbc.sql("""
                insert into registration (participant_id, meeting_id, state_iso3, delegation_role, public_consent,
                       visa_letter_requested, status, confirmed, late, submitted_by, submitted_at)
                values (:p, :m, :iso3, 'HEAD_OF_DELEGATION', false, true, 'APPROVED', true, false, 'test', :now)""")
            .param("p", participant)
            .param("m", meetingId)
            .param("iso3", iso3)
            .param("now", NOW));
    }

    static String email() {
        return "delegate-" + UUID.randomUUID() + "@test.ccmdesk";
    }

    static void signIn(CcmUser user) {
        SecurityContextHolder.getContext()
            .setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
    }

    static void signOut() {
        SecurityContextHolder.clearContext();
    }

    /**
     * Opens the meeting's programme year, sets its call (open on the test clock's day,
     * DSA CHF 300 a day, hotel CHF 200 a night, ticket CHF 1,000) with the places per
     * delegation, and adds one review question. The caller is signed in as the
     * secretariat.
     */
    static int programmeAndCall(Programmes programmes, Calls calls, JdbcClient jdbc, long meetingId, int places) {
        int year = year(jdbc, meetingId);
        programmes.open(year, false, false, 2);
        calls.set(meetingId, LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 30), new BigDecimal("300"),
                new BigDecimal("200"), new BigDecimal("1000"), places, "Economy ticket, hotel chosen by the programme.",
                List.of());
        programmes.addQuestion(year, "Relevance of the delegate's work", BigDecimal.ONE);
        return year;
    }

    static Applications.Request request(long meetingId, long registrationId, String travel) {
        return new Applications.Request(meetingId, registrationId, "Maputo", new BigDecimal(travel), 3,
                new BigDecimal("900"), 4, new BigDecimal("800"), "Delivers the national statement on clearance.", true);
    }

}

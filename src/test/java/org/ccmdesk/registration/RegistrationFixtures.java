package org.ccmdesk.registration;

import java.time.LocalDate;
import java.util.List;

import org.ccmdesk.accounts.CcmUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Meetings, profiles and the signed-in user of the registration service tests. Today is
 * 22 June 2025 by the test clock; the shipped 2014 Intersessional Meeting (7-9 April
 * 2014, window unset) is moved to 7-9 July 2025 with its window open from 1 to 30 June
 * when a test needs it open.
 */
final class RegistrationFixtures {

    static final String INTERSESSIONAL = "Intersessional 2014";
    static final LocalDate FIRST_DAY = LocalDate.of(2025, 7, 7);
    static final LocalDate LAST_DAY = LocalDate.of(2025, 7, 9);
    static final LocalDate OPENS = LocalDate.of(2025, 6, 1);
    static final LocalDate CLOSES = LocalDate.of(2025, 6, 30);

    private RegistrationFixtures() {
    }

    static long meeting(JdbcClient jdbc, String shortName) {
        return jdbc.sql("select id from meeting where short_name = :name")
            .param("name", shortName)
            .query(Long.class)
            .single();
    }

    /**
     * Moves the meeting to 7-9 July 2025 with its registration window open on the test's
     * today.
     */
    static void openWindow(JdbcClient jdbc, long meetingId) {
        schedule(jdbc, meetingId, FIRST_DAY, LAST_DAY, OPENS, CLOSES);
    }

    static void schedule(JdbcClient jdbc, long meetingId, LocalDate firstDay, LocalDate lastDay, LocalDate opens,
            LocalDate closes) {
        jdbc.sql("""
                update meeting set first_day = :first, last_day = :last, registration_opens = :opens,
                       registration_closes = :closes where id = :id""")
            .param("first", firstDay)
            .param("last", lastDay)
            .param("opens", opens)
            .param("closes", closes)
            .param("id", meetingId)
            .update();
    }

    /** The user the services read with {@code ActingUser.current()}, as after a login. */
    static void signIn(CcmUser user) {
        SecurityContextHolder.getContext()
            .setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
    }

    static void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** A complete profile with passport details, accessibility needs and contact. */
    static ProfileForm profile(String email, String givenNames, String familyName, String delegation) {
        return new ProfileForm(email, givenNames, familyName, null, "Mr.", "Director, National Regulatory Authority",
                delegation, "+856 21 244 220", delegation.length() == 3 ? delegation : null, Gender.MAN, true, false,
                false, false, null, "P0123456", "LAO", LocalDate.of(2030, 1, 31), LocalDate.of(1970, 5, 1), "Vientiane",
                "en", false);
    }

    static ProfileForm withBirthDate(ProfileForm f, LocalDate birthDate) {
        return new ProfileForm(f.email(), f.givenNames(), f.familyName(), f.badgeName(), f.title(), f.jobFunction(),
                f.delegation(), f.phone(), f.nationality(), f.gender(), f.needsWheelchair(), f.needsSignLanguage(),
                f.needsLargePrint(), f.needsAssistant(), f.needsOther(), f.passportNumber(), f.passportIssuer(),
                f.passportExpiry(), birthDate, f.birthPlace(), f.language(), f.publicSurvivorRole());
    }

    static RegisterForm registerFor(long participantId, DelegationRole role, Long... meetingIds) {
        return new RegisterForm(participantId, role, true, true, List.of(meetingIds));
    }

}

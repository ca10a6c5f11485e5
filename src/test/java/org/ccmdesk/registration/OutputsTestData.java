package org.ccmdesk.registration;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Registrations for the 2014 Intersessional Meeting, inserted with SQL so that the list,
 * badge and visa letter tests do not depend on the registration pages. France (a State
 * Party on 7 April 2014): Anne Martin, head of delegation, listed, visa letter with
 * passport, also approved for APMBC 2014; Pierre Durand, approved but not to be listed;
 * Luc Bernard, technical expert, listed, visa letter asked without passport; Sam Waiting,
 * submitted only. Canada (a signatory then): Claire Tremblay. United States (not party):
 * John Smith. An ICRC-like organisation: Olivia Red.
 */
final class OutputsTestData {

    static final OffsetDateTime NOW = OffsetDateTime.parse("2014-03-01T09:00:00Z");

    final long meeting;

    final long organisation;

    long martin;

    long durand;

    long bernard;

    long waiting;

    long tremblay;

    long smith;

    long olivia;

    private final JdbcClient jdbc;

    private OutputsTestData(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.meeting = meeting(jdbc, "Intersessional 2014");
        jdbc.sql("""
                insert into organisation (name, acronym, kind, active, created_at)
                values ('Red Cross Test Committee', 'RCTC', 'RED_CROSS_RED_CRESCENT', true, :now)""")
            .param("now", NOW)
            .update();
        this.organisation = jdbc.sql("select id from organisation where name = 'Red Cross Test Committee'")
            .query(Long.class)
            .single();
    }

    static long meeting(JdbcClient jdbc, String shortName) {
        return jdbc.sql("select id from meeting where short_name = :name")
            .param("name", shortName)
            .query(Long.class)
            .single();
    }

    /**
     * {@code annesEmail}: the e-mail of Anne Martin's profile (the account of the person
     * herself in a test).
     */
    static OutputsTestData insert(JdbcClient jdbc, String annesEmail) {
        OutputsTestData data = new OutputsTestData(jdbc);
        long anne = data.participant(annesEmail, "Anne", "Martin", "Ms", "Ambassador", "FRA", null, "FR12345678");
        data.martin = data.registration(anne, data.meeting, "FRA", null, "HEAD_OF_DELEGATION", true, true, "APPROVED");
        data.registration(anne, meeting(jdbc, "APMBC 2014"), "FRA", null, "HEAD_OF_DELEGATION", true, false,
                "APPROVED");
        long pierre = data.participant("pierre.durand@example.org", "Pierre", "Durand", "Mr", "Counsellor", "FRA", null,
                null);
        data.durand = data.registration(pierre, data.meeting, "FRA", null, "POLICY_DELEGATE", false, false, "APPROVED");
        long luc = data.participant("luc.bernard@example.org", "Luc", "Bernard", null, "Mine action officer", "FRA",
                null, null);
        data.bernard = data.registration(luc, data.meeting, "FRA", null, "TECHNICAL_EXPERT", true, true, "APPROVED");
        long sam = data.participant("sam.waiting@example.org", "Sam", "Waiting", null, "Attaché", "FRA", null,
                "FR99999999");
        data.waiting = data.registration(sam, data.meeting, "FRA", null, "ADVISER", true, true, "SUBMITTED");
        long claire = data.participant("claire.tremblay@example.org", "Claire", "Tremblay", "Ms", "Director", "CAN",
                null, null);
        data.tremblay = data.registration(claire, data.meeting, "CAN", null, "HEAD_OF_DELEGATION", true, false,
                "APPROVED");
        long john = data.participant("john.smith@example.org", "John", "Smith", "Mr", "Observer", "USA", null, null);
        data.smith = data.registration(john, data.meeting, "USA", null, "HEAD_OF_DELEGATION", true, false, "APPROVED");
        long olivia = data.participant("olivia.red@example.org", "Olivia", "Red", "Dr", "Legal adviser", null,
                data.organisation, null);
        data.olivia = data.registration(olivia, data.meeting, null, data.organisation, "ADVISER", true, false,
                "APPROVED");
        return data;
    }

    /** One more approved, listed delegate of {@code iso3}; answers the registration. */
    long addApproved(String given, String family, String iso3) {
        long person = participant(given.toLowerCase() + "." + family.toLowerCase() + "@example.org", given, family,
                null, "Delegate", iso3, null, null);
        return registration(person, meeting, iso3, null, "POLICY_DELEGATE", true, false, "APPROVED");
    }

    private long participant(String email, String given, String family, String title, String function, String iso3,
            Long organisationId, String passport) {
        Map<String, Object> p = new HashMap<>();
        p.put("email", email.toLowerCase());
        p.put("given", given);
        p.put("family", family);
        p.put("badge", given + " " + family);
        p.put("title", title);
        p.put("function", function);
        p.put("iso3", iso3);
        p.put("organisation", organisationId);
        p.put("passport", passport);
        p.put("issuer", passport == null ? null : "FRA");
        p.put("expiry", passport == null ? null : LocalDate.of(2030, 1, 31));
        p.put("birth", passport == null ? null : LocalDate.of(1970, 5, 1));
        p.put("place", passport == null ? null : "Lyon");
        p.put("nationality", iso3);
        p.put("now", NOW);
        jdbc.sql(
                """
                        insert into participant (email, given_names, family_name, badge_name, title, job_function, state_iso3,
                               organisation_id, nationality, needs_wheelchair, needs_sign_language, needs_large_print, needs_assistant,
                               passport_number, passport_issuer, passport_expiry, birth_date, birth_place, created_by, created_at, updated_at)
                        values (:email, :given, :family, :badge, :title, :function, :iso3, :organisation, :nationality, false, false,
                                false, false, :passport, :issuer, :expiry, :birth, :place, 'test', :now, :now)""")
            .params(p)
            .update();
        return jdbc.sql("select id from participant where email = :email")
            .param("email", email.toLowerCase())
            .query(Long.class)
            .single();
    }

    private long registration(long participant, long meetingId, String iso3, Long organisationId, String role,
            boolean consent, boolean visa, String status) {
        Map<String, Object> r = new HashMap<>();
        r.put("participant", participant);
        r.put("meeting", meetingId);
        r.put("iso3", iso3);
        r.put("organisation", organisationId);
        r.put("role", role);
        r.put("consent", consent);
        r.put("visa", visa);
        r.put("status", status);
        r.put("now", NOW);
        jdbc.sql(
                """
                        insert into registration (participant_id, meeting_id, state_iso3, organisation_id, delegation_role, public_consent,
                               visa_letter_requested, status, confirmed, late, submitted_by, submitted_at)
                        values (:participant, :meeting, :iso3, :organisation, :role, :consent, :visa, :status, true, false, 'test', :now)""")
            .params(r)
            .update();
        return jdbc.sql("select id from registration where participant_id = :participant and meeting_id = :meeting")
            .params(r)
            .query(Long.class)
            .single();
    }

}

package org.ccmdesk.reliability;

import java.time.OffsetDateTime;

import org.ccmdesk.accounts.Role;
import org.ccmdesk.accounts.TestAccounts;
import org.ccmdesk.reliability.FuzzRequests.Ids;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The rows the fuzz test's path variables point at, created in the test's transaction.
 */
final class FuzzData {

    private FuzzData() {
    }

    /**
     * A delegate's account, an organisation, a participant of France registered for the
     * shipped 2014 Intersessional Meeting and France's invitation to it: the rows the
     * routes' path variables point at.
     */
    static Ids ids(JdbcClient jdbc, TestAccounts accounts) {
        OffsetDateTime now = OffsetDateTime.parse("2014-03-01T09:00:00Z");
        long user = accounts.create(Role.DELEGATE).id();
        long meeting = jdbc.sql("select id from meeting where short_name = 'Intersessional 2014'")
            .query(Long.class)
            .single();
        jdbc.sql("""
                insert into organisation (name, kind, active, created_at)
                values ('Fuzz organisation', 'OTHER', true, :now)""").param("now", now).update();
        long organisation = jdbc.sql("select id from organisation where name = 'Fuzz organisation'")
            .query(Long.class)
            .single();
        jdbc.sql("""
                insert into participant (email, given_names, family_name, badge_name, job_function, state_iso3,
                    needs_wheelchair, needs_sign_language, needs_large_print, needs_assistant, created_by,
                    created_at, updated_at)
                values ('fuzz-participant@test.ccmdesk', 'Fuzz', 'Participant', 'Fuzz PARTICIPANT', 'Delegate', 'FRA',
                    false, false, false, false, 'fuzz', :now, :now)""").param("now", now).update();
        long participant = jdbc.sql("select id from participant where email = 'fuzz-participant@test.ccmdesk'")
            .query(Long.class)
            .single();
        jdbc.sql("""
                insert into registration (participant_id, meeting_id, state_iso3, delegation_role, public_consent,
                    visa_letter_requested, status, confirmed, late, submitted_by, submitted_at)
                values (:participant, :meeting, 'FRA', 'POLICY_DELEGATE', true, true, 'SUBMITTED', false, false,
                    'fuzz', :now)""")
            .param("participant", participant)
            .param("meeting", meeting)
            .param("now", now)
            .update();
        long registration = jdbc.sql("select id from registration where participant_id = :participant")
            .param("participant", participant)
            .query(Long.class)
            .single();
        jdbc.sql("""
                insert into invitation (meeting_id, invitee, state_iso3, channel, language, signatory_name,
                    signatory_title, letter_date, status, prepared_by, prepared_at)
                values (:meeting, 'FRA', 'FRA', 'Permanent Mission of France, Geneva', 'fr', 'Fuzz Signatory',
                    'President', '2014-02-01', 'PREPARED', 'fuzz', :now)""")
            .param("meeting", meeting)
            .param("now", now)
            .update();
        long invitation = jdbc.sql("select id from invitation where meeting_id = :meeting and invitee = 'FRA'")
            .param("meeting", meeting)
            .query(Long.class)
            .single();
        return new Ids(meeting, organisation, participant, registration, invitation, user);
    }

}

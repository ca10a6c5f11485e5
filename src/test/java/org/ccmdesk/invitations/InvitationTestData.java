package org.ccmdesk.invitations;

import java.time.OffsetDateTime;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Meetings and organisations the invitation tests use. */
final class InvitationTestData {

    static final String SIGNATORY = "Wylbur C. Simuusa, MP";
    static final String TITLE = "Minister of Foreign Affairs of the Republic of Zambia, President of the Fourth Meeting of States Parties";

    private InvitationTestData() {
    }

    static long meeting(JdbcClient jdbc, String shortName) {
        return jdbc.sql("select id from meeting where short_name = :name")
            .param("name", shortName)
            .query(Long.class)
            .single();
    }

    /**
     * A meeting of the test's own (no shipped meeting), from 1 to 3 September 2025, so
     * that its invitations are the test's only.
     */
    static long newMeeting(JdbcClient jdbc, String name) {
        jdbc.sql(
                """
                        insert into meeting (name, short_name, kind, registration_by_ccm_desk, first_day, last_day, city, country,
                                             time_zone, source, cancelled, shipped, created_at)
                        values (:name, :name, 'RELATED_MEETING', true, '2025-09-01', '2025-09-03', 'Geneva', 'Switzerland',
                                'Europe/Zurich', 'test', false, false, :now)""")
            .param("name", name)
            .param("now", OffsetDateTime.parse("2025-06-01T00:00:00Z"))
            .update();
        return meeting(jdbc, name);
    }

    static long organisation(JdbcClient jdbc, String name, String acronym) {
        jdbc.sql("""
                insert into organisation (name, acronym, kind, active, created_at)
                values (:name, :acronym, 'INTERNATIONAL_ORGANISATION', true, :now)""")
            .param("name", name)
            .param("acronym", acronym)
            .param("now", OffsetDateTime.parse("2014-01-01T00:00:00Z"))
            .update();
        return jdbc.sql("select id from organisation where name = :name")
            .param("name", name)
            .query(Long.class)
            .single();
    }

    static long invitation(JdbcClient jdbc, long meetingId, String iso3) {
        return jdbc.sql("select id from invitation where meeting_id = :meeting and state_iso3 = :iso3")
            .param("meeting", meetingId)
            .param("iso3", iso3)
            .query(Long.class)
            .single();
    }

}

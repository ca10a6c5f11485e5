package org.ccmdesk.registration;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.ccmdesk.states.Party;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registrations of a meeting for modules that build on registration (sponsorship):
 * one query each, without passport details. The caller checks who may see them.
 */
@Service
@Transactional(readOnly = true)
public class RegisteredPeople {

    private static final String SELECT = """
            select r.id, r.meeting_id, r.participant_id, r.state_iso3, r.organisation_id, r.status,
                   p.given_names, p.family_name, p.email, p.gender, p.language
              from registration r join participant p on p.id = r.participant_id""";

    private final JdbcClient jdbc;

    RegisteredPeople(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<RegisteredPerson> find(long registrationId) {
        return jdbc.sql(SELECT + " where r.id = :id")
            .param("id", registrationId)
            .query(RegisteredPeople::row)
            .optional();
    }

    public List<RegisteredPerson> ofMeeting(long meetingId) {
        return jdbc.sql(SELECT + " where r.meeting_id = :m order by p.family_name, p.given_names")
            .param("m", meetingId)
            .query(RegisteredPeople::row)
            .list();
    }

    private static RegisteredPerson row(ResultSet rs, int n) throws SQLException {
        String iso3 = rs.getString("state_iso3");
        long organisation = rs.getLong("organisation_id");
        Party delegation = iso3 != null ? Party.state(iso3.trim()) : Party.organisation(organisation);
        return new RegisteredPerson(rs.getLong("id"), rs.getLong("meeting_id"), rs.getLong("participant_id"),
                delegation, rs.getString("given_names"), rs.getString("family_name"), rs.getString("email"),
                rs.getString("gender"), rs.getString("language"), rs.getString("status"));
    }

}

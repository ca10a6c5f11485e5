package org.ccmdesk.registration;

import java.util.List;

import org.ccmdesk.states.Party;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The approved members of a delegation at a meeting, by the names on their badges, for
 * modules that name them (the speakers' lists). Never passport details.
 */
@Service
@Transactional(readOnly = true)
public class DelegationMembers {

    private final JdbcClient jdbc;

    DelegationMembers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<String> approvedNames(long meetingId, Party delegation) {
        String column = delegation.isState() ? "r.state_iso3" : "r.organisation_id";
        return jdbc.sql("""
                select p.badge_name from registration r join participant p on p.id = r.participant_id
                 where r.meeting_id = :meeting and r.status = 'APPROVED' and %s = :party
                 order by p.family_name, p.given_names""".formatted(column))
            .param("meeting", meetingId)
            .param("party", delegation.isState() ? delegation.iso3() : delegation.organisationId())
            .query(String.class)
            .list();
    }

}

package org.ccmdesk.registration;

import java.util.HashSet;
import java.util.Set;

import org.ccmdesk.meetings.MeetingParticipation;
import org.ccmdesk.states.Party;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The delegations of a meeting with a registration, for the invitation funnel. */
@Component
@Transactional(readOnly = true)
class RegisteredDelegations implements MeetingParticipation {

    private final JdbcClient jdbc;

    RegisteredDelegations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<Party> registeredInvitees(long meetingId) {
        return invitees(meetingId, "('SUBMITTED', 'APPROVED')");
    }

    @Override
    public Set<Party> approvedInvitees(long meetingId) {
        return invitees(meetingId, "('APPROVED')");
    }

    private Set<Party> invitees(long meetingId, String statuses) {
        return new HashSet<>(jdbc
            .sql("select distinct state_iso3, organisation_id from registration where meeting_id = :m and status in "
                    + statuses)
            .param("m", meetingId)
            .query((rs, n) -> RegistrationQueries.delegation(rs))
            .list());
    }

}

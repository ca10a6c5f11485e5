package org.ccmdesk.registration;

import java.util.Collection;
import java.util.List;

import org.ccmdesk.registration.ParticipantList.Member;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reading the approved participants of a meeting, for the lists and the badges. */
@Component
class ParticipantListQueries {

    /** One approved person, with the delegation they are registered with for this meeting. */
    record ApprovedRow(Delegation delegation, Member member) {
    }

    /** One approved registration of a person for one meeting of a series. */
    record Approval(long participantId, long meetingId) {
    }

    private final JdbcClient jdbc;

    ParticipantListQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The approved registrations of the meeting with the profile of each person, in no particular order. */
    List<ApprovedRow> approved(long meetingId) {
        return jdbc.sql("""
                select r.id, r.participant_id, r.state_iso3, r.organisation_id, r.delegation_role, r.public_consent, r.late,
                       p.title, p.given_names, p.family_name, p.badge_name, p.job_function, p.email, p.needs_wheelchair,
                       p.needs_sign_language, p.needs_large_print, p.needs_assistant, p.needs_other
                  from registration r join participant p on p.id = r.participant_id
                 where r.meeting_id = :meeting and r.status = 'APPROVED'""")
                .param("meeting", meetingId)
                .query((rs, n) -> {
                    String iso3 = rs.getString("state_iso3");
                    Delegation delegation = iso3 != null ? Delegation.state(iso3)
                            : Delegation.organisation(rs.getLong("organisation_id"));
                    return new ApprovedRow(delegation, new Member(rs.getLong("id"), rs.getLong("participant_id"),
                            rs.getString("title"), rs.getString("given_names"), rs.getString("family_name"),
                            rs.getString("badge_name"), rs.getString("job_function"),
                            DelegationRole.valueOf(rs.getString("delegation_role")), rs.getString("email"),
                            rs.getBoolean("public_consent"), rs.getBoolean("late"),
                            AccessibilityNeed.of(rs.getBoolean("needs_wheelchair"), rs.getBoolean("needs_sign_language"),
                                    rs.getBoolean("needs_large_print"), rs.getBoolean("needs_assistant")),
                            rs.getString("needs_other")));
                }).list();
    }

    /** Who among the approved participants of {@code meetingId} is also approved for which of {@code meetingIds}. */
    List<Approval> approvalsIn(long meetingId, Collection<Long> meetingIds) {
        return jdbc.sql("""
                select r.participant_id, r.meeting_id from registration r
                 where r.meeting_id in (:meetings) and r.status = 'APPROVED'
                   and r.participant_id in (select participant_id from registration
                                             where meeting_id = :meeting and status = 'APPROVED')""")
                .param("meetings", meetingIds).param("meeting", meetingId)
                .query((rs, n) -> new Approval(rs.getLong("participant_id"), rs.getLong("meeting_id"))).list();
    }
}

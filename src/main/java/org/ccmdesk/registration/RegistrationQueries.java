package org.ccmdesk.registration;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.ccmdesk.system.EmailAddresses;
import org.ccmdesk.registration.ParticipantList.Member;
import org.ccmdesk.states.Party;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reading participants and registrations, and the approved participants of a meeting for
 * the lists and badges.
 */
@Component
class RegistrationQueries {

    /**
     * One approved person, with the delegation they are registered with for this meeting.
     */
    record ApprovedRow(Party delegation, Member member) {
    }

    /** One approved registration of a person for one meeting of a series. */
    record Approval(long participantId, long meetingId) {
    }

    private final JdbcClient jdbc;

    RegistrationQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Registration> find(long id) {
        return jdbc.sql("select * from registration where id = :id")
            .param("id", id)
            .query((rs, n) -> registration(rs))
            .optional();
    }

    /** The registrations with these ids (those that exist), in one query. */
    List<Registration> find(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from registration where id in (:ids) order by id")
            .param("ids", ids)
            .query((rs, n) -> registration(rs))
            .list();
    }

    Optional<Registration> find(long participantId, long meetingId) {
        return jdbc.sql("select * from registration where participant_id = :p and meeting_id = :m")
            .param("p", participantId)
            .param("m", meetingId)
            .query((rs, n) -> registration(rs))
            .optional();
    }

    Optional<Participant> participant(long id) {
        return jdbc.sql("select * from participant where id = :id")
            .param("id", id)
            .query((rs, n) -> participant(rs))
            .optional();
    }

    Optional<Participant> participantByEmail(String email) {
        return jdbc.sql("select * from participant where email = :email")
            .param("email", EmailAddresses.normal(email))
            .query((rs, n) -> participant(rs))
            .optional();
    }

    /** The registrations of one meeting, optionally of one status, oldest first. */
    List<Registration> forMeeting(long meetingId, RegistrationStatus status) {
        String filter = status == null ? "" : " and status = :status";
        return jdbc.sql("select * from registration where meeting_id = :m" + filter + " order by id")
            .param("m", meetingId)
            .param("status", status == null ? "" : status.name())
            .query((rs, n) -> registration(rs))
            .list();
    }

    List<Registration> all() {
        return jdbc.sql("select * from registration order by meeting_id, id").query((rs, n) -> registration(rs)).list();
    }

    List<Registration> forDelegation(long meetingId, Party delegation) {
        return jdbc.sql("""
                select * from registration where meeting_id = :m
                   and (state_iso3 = :iso3 or organisation_id = :organisation) order by id""")
            .param("m", meetingId)
            .param("iso3", delegation.iso3())
            .param("organisation", delegation.organisationId())
            .query((rs, n) -> registration(rs))
            .list();
    }

    List<Registration> forParticipant(long participantId) {
        return jdbc.sql("select * from registration where participant_id = :p order by meeting_id")
            .param("p", participantId)
            .query((rs, n) -> registration(rs))
            .list();
    }

    /** The profiles of the people who represent a delegation, by family name. */
    List<Participant> participantsOf(Party delegation) {
        return jdbc.sql(
                "select * from participant where state_iso3 = :iso3 or organisation_id = :organisation order by family_name, id")
            .param("iso3", delegation.iso3())
            .param("organisation", delegation.organisationId())
            .query((rs, n) -> participant(rs))
            .list();
    }

    ParticipationStatistics statistics(long meetingId) {
        int[] counts = new int[6];
        jdbc.sql(
                """
                        select p.gender, count(*) as people,
                               sum(case when p.needs_wheelchair or p.needs_sign_language or p.needs_large_print or p.needs_assistant
                                         or p.needs_other is not null then 1 else 0 end) as needs
                          from registration r join participant p on p.id = r.participant_id
                         where r.meeting_id = :m and r.status = 'APPROVED' group by p.gender""")
            .param("m", meetingId)
            .query(rs -> {
                int people = rs.getInt("people");
                String gender = rs.getString("gender");
                counts[0] += people;
                counts[gender == null ? 4 : Gender.valueOf(gender).ordinal() + 1] += people;
                counts[5] += rs.getInt("needs");
            });
        return new ParticipationStatistics(counts[0], counts[1], counts[2], counts[3], counts[4], counts[5]);
    }

    /**
     * The approved registrations of the meeting with the profile of each person, in no
     * particular order.
     */
    List<ApprovedRow> approved(long meetingId) {
        return jdbc
            .sql("""
                    select r.id, r.participant_id, r.state_iso3, r.organisation_id, r.delegation_role, r.public_consent, r.late,
                           p.title, p.given_names, p.family_name, p.badge_name, p.job_function, p.email, p.needs_wheelchair,
                           p.needs_sign_language, p.needs_large_print, p.needs_assistant, p.needs_other, p.public_survivor_role
                      from registration r join participant p on p.id = r.participant_id
                     where r.meeting_id = :meeting and r.status = 'APPROVED'""")
            .param("meeting", meetingId)
            .query((rs, n) -> new ApprovedRow(delegation(rs), new Member(rs.getLong("id"), rs.getLong("participant_id"),
                    rs.getString("title"), rs.getString("given_names"), rs.getString("family_name"),
                    rs.getString("badge_name"), rs.getString("job_function"),
                    DelegationRole.valueOf(rs.getString("delegation_role")), rs.getString("email"),
                    rs.getBoolean("public_consent"), rs.getBoolean("late"),
                    AccessibilityNeed.of(rs.getBoolean("needs_wheelchair"), rs.getBoolean("needs_sign_language"),
                            rs.getBoolean("needs_large_print"), rs.getBoolean("needs_assistant")),
                    rs.getString("needs_other"), rs.getBoolean("public_survivor_role"))))
            .list();
    }

    /**
     * Who among the approved participants of {@code meetingId} is also approved for which
     * of {@code meetingIds}.
     */
    List<Approval> approvalsIn(long meetingId, Collection<Long> meetingIds) {
        return jdbc.sql("""
                select r.participant_id, r.meeting_id from registration r
                 where r.meeting_id in (:meetings) and r.status = 'APPROVED'
                   and r.participant_id in (select participant_id from registration
                                             where meeting_id = :meeting and status = 'APPROVED')""")
            .param("meetings", meetingIds)
            .param("meeting", meetingId)
            .query((rs, n) -> new Approval(rs.getLong("participant_id"), rs.getLong("meeting_id")))
            .list();
    }

    static Registration registration(ResultSet rs) throws SQLException {
        return new Registration(rs.getLong("id"), rs.getLong("participant_id"), rs.getLong("meeting_id"),
                delegation(rs), DelegationRole.valueOf(rs.getString("delegation_role")),
                rs.getBoolean("public_consent"), rs.getBoolean("visa_letter_requested"),
                RegistrationStatus.valueOf(rs.getString("status")), rs.getBoolean("confirmed"), rs.getBoolean("late"),
                rs.getString("reason"), rs.getString("submitted_by"),
                rs.getObject("submitted_at", OffsetDateTime.class), rs.getString("decided_by"),
                rs.getObject("decided_at", OffsetDateTime.class));
    }

    static Participant participant(ResultSet rs) throws SQLException {
        String gender = rs.getString("gender");
        return new Participant(rs.getLong("id"), rs.getString("email"), rs.getString("given_names"),
                rs.getString("family_name"), rs.getString("badge_name"), rs.getString("title"),
                rs.getString("job_function"), delegation(rs), rs.getString("phone"), rs.getString("nationality"),
                gender == null ? null : Gender.valueOf(gender), rs.getBoolean("needs_wheelchair"),
                rs.getBoolean("needs_sign_language"), rs.getBoolean("needs_large_print"),
                rs.getBoolean("needs_assistant"), rs.getString("needs_other"), rs.getString("passport_number"),
                rs.getString("passport_issuer"), rs.getObject("passport_expiry", LocalDate.class),
                rs.getObject("birth_date", LocalDate.class), rs.getString("birth_place"),
                rs.getObject("passport_deleted_on", LocalDate.class), rs.getString("language"),
                rs.getBoolean("public_survivor_role"));
    }

    /**
     * The delegation of a row of any table that names one by {@code state_iso3} or
     * {@code organisation_id}.
     */
    static Party delegation(ResultSet rs) throws SQLException {
        String iso3 = rs.getString("state_iso3");
        return iso3 != null ? Party.state(iso3) : Party.organisation(rs.getLong("organisation_id"));
    }

}

package org.ccmdesk.registration;

import java.time.OffsetDateTime;

import org.ccmdesk.meetings.Meeting;
import org.ccmdesk.states.Party;
import org.ccmdesk.system.GeneratedId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The writes of registrations: a new one, and a change stored only from the state it was
 * read in.
 */
@Repository
class RegistrationRows {

    private final JdbcClient jdbc;

    RegistrationRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(Participant participant, Meeting meeting, RegisterForm form, boolean confirmed, boolean late, String by,
            OffsetDateTime at) {
        Party delegation = participant.delegation();
        return GeneratedId.insert(jdbc
            .sql("""
                    insert into registration (participant_id, meeting_id, state_iso3, organisation_id, delegation_role, public_consent,
                           visa_letter_requested, status, confirmed, late, submitted_by, submitted_at)
                    values (:participant, :meeting, :iso3, :organisation, :role, :consent, :visa, 'SUBMITTED', :confirmed, :late,
                            :by, :now)""")
            .param("participant", participant.id())
            .param("meeting", meeting.id())
            .param("iso3", delegation.iso3())
            .param("organisation", delegation.organisationId())
            .param("role", form.role().name())
            .param("consent", form.consents())
            .param("visa", form.wantsVisaLetter())
            .param("confirmed", confirmed)
            .param("late", late)
            .param("by", by)
            .param("now", at));
    }

    /**
     * Writes the changed registration only if it is still as it was read (compare and set
     * on its status and confirmation): a concurrent change wins and this one writes
     * nothing.
     */
    boolean store(Registration before, Registration after) {
        return jdbc
            .sql("""
                    update registration set status = :status, delegation_role = :role, public_consent = :consent,
                           visa_letter_requested = :visa, confirmed = :confirmed, late = :late, reason = :reason,
                           submitted_by = :submittedBy, submitted_at = :submittedAt, decided_by = :decidedBy, decided_at = :decidedAt
                     where id = :id and status = :expectedStatus and confirmed = :expectedConfirmed""")
            .param("status", after.status().name())
            .param("role", after.role().name())
            .param("consent", after.publicConsent())
            .param("visa", after.visaLetterRequested())
            .param("confirmed", after.confirmed())
            .param("late", after.late())
            .param("reason", after.reason())
            .param("submittedBy", after.submittedBy())
            .param("submittedAt", after.submittedAt())
            .param("decidedBy", after.decidedBy())
            .param("decidedAt", after.decidedAt())
            .param("id", before.id())
            .param("expectedStatus", before.status().name())
            .param("expectedConfirmed", before.confirmed())
            .update() == 1;
    }

}

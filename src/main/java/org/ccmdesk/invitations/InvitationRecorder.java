package org.ccmdesk.invitations;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.ccmdesk.meetings.Meeting;
import org.ccmdesk.meetings.MeetingService;
import org.ccmdesk.states.Organisation;
import org.ccmdesk.states.OrganisationDirectory;
import org.ccmdesk.states.Party;
import org.ccmdesk.states.StateStatus;
import org.ccmdesk.states.TreatyStatusService;
import org.ccmdesk.system.ActingUser;
import org.ccmdesk.system.AuditedChange;
import org.ccmdesk.system.NotFoundException;
import org.ccmdesk.system.RuleViolation;
import org.ccmdesk.system.StatusConflict;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every change to invitations: preparing them for a meeting (one transaction, only the
 * missing ones), sending, reminders, another address, and the invitee's answer. Each
 * change is audited in its transaction.
 */
@Service
@Transactional
class InvitationRecorder {

    static final String MISSION = "Permanent Mission of %s to the United Nations Office at Geneva";

    private final MeetingService meetings;

    private final TreatyStatusService states;

    private final OrganisationDirectory organisations;

    private final InvitationQueries queries;

    private final JdbcClient jdbc;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    private final InvitationSending sending;

    InvitationRecorder(MeetingService meetings, TreatyStatusService states, OrganisationDirectory organisations,
            InvitationQueries queries, JdbcClient jdbc, ApplicationEventPublisher events, Clock clock,
            InvitationSending sending) {
        this.sending = sending;
        this.meetings = meetings;
        this.states = states;
        this.organisations = organisations;
        this.queries = queries;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Invites every state and the selected organisations that are not invited yet;
     * answers how many were added.
     */
    int prepare(long meetingId, PrepareInvitationsForm form) {
        ActingUser user = secretariat();
        Meeting meeting = meetings.find(meetingId)
            .orElseThrow(() -> new NotFoundException("invitations.meetingNotFound", meetingId));
        if (meeting.cancelled()) {
            throw new RuleViolation("letterDate", "invitations.meetingCancelled");
        }
        if (form.letterDate().isAfter(meeting.firstDay())) {
            throw new RuleViolation("letterDate", "invitations.letterAfterMeeting");
        }
        Map<Long, Organisation> known = new LinkedHashMap<>();
        organisations.all().forEach(o -> known.put(o.id(), o));
        List<Long> selected = form.organisationIds();
        for (Long id : selected) {
            if (!known.containsKey(id)) {
                throw new RuleViolation("organisations", "invitations.unknownOrganisation", id);
            }
        }
        Set<Party> existing = new HashSet<>(queries.invitees(meetingId));
        List<String> added = new ArrayList<>();
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (StateStatus state : states.statusOfAll(form.letterDate(), Locale.ENGLISH)) {
            Party invitee = Party.state(state.iso3());
            if (existing.add(invitee)) {
                insert(meetingId, invitee, MISSION.formatted(state.name()), form, user, now);
                added.add(audited(invitee));
            }
        }
        for (Long id : selected) {
            Party invitee = Party.organisation(id);
            if (existing.add(invitee)) {
                insert(meetingId, invitee, known.get(id).name(), form, user, now);
                added.add(audited(invitee));
            }
        }
        if (!added.isEmpty()) {
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("added", added.size());
            values.put("invitees", added);
            values.put("letterDate", form.letterDate());
            values.put("signatory", form.signatoryName().trim());
            values.put("language", form.language());
            events.publishEvent(AuditedChange.of("meeting_invitations", meetingId, "PREPARE", null, values, null));
        }
        return added.size();
    }

    /**
     * The letter went on {@code sentOn}. Written only from the status it was read in:
     * when someone else marked it sent (or it was answered) meanwhile, refused with the
     * status it is in, and not audited.
     */
    void markSent(long id, LocalDate sentOn) {
        secretariat();
        Invitation invitation = find(id);
        invitation.status().send();
        checkDate(sentOn, invitation.letterDate(), "sentOn");
        if (!sending.recordSent(invitation, sentOn, null)) {
            throw changedMeanwhile(id, InvitationStatus::send);
        }
    }

    /**
     * A reminder, recorded only while the invitation is unanswered: its row is locked
     * first, so that an answer at the same moment comes either after the reminder or
     * before it (and the reminder is refused).
     */
    void remind(long id, LocalDate remindedOn) {
        ActingUser user = secretariat();
        lockedStatus(id).remind();
        Invitation invitation = find(id);
        checkDate(remindedOn, invitation.sentOn() == null ? invitation.letterDate() : invitation.sentOn(),
                "remindedOn");
        jdbc.sql("""
                insert into invitation_reminder (invitation_id, reminded_on, recorded_by, recorded_at)
                values (:id, :on, :by, :now)""")
            .param("id", id)
            .param("on", remindedOn)
            .param("by", user.email())
            .param("now", OffsetDateTime.now(clock))
            .update();
        events.publishEvent(AuditedChange.of("invitation", id, "REMIND", null, Map.of("remindedOn", remindedOn), null));
    }

    private InvitationStatus lockedStatus(long id) {
        return jdbc.sql("select status from invitation where id = :id for update")
            .param("id", id)
            .query((rs, n) -> InvitationStatus.valueOf(rs.getString(1)))
            .optional()
            .orElseThrow(() -> new NotFoundException("invitation.notFound", id));
    }

    void changeChannel(long id, ChannelForm form) {
        secretariat();
        Invitation invitation = find(id);
        boolean custom = invitation.channelCustom() || !invitation.channel().equals(form.channel().trim());
        jdbc.sql("""
                update invitation set channel = :channel, language = :language, channel_custom = :custom
                 where id = :id""")
            .param("custom", custom)
            .param("channel", form.channel().trim())
            .param("language", form.language())
            .param("id", id)
            .update();
        events.publishEvent(AuditedChange.of("invitation", id, "CHANGE_CHANNEL",
                Map.of("channel", invitation.channel(), "language", invitation.language()),
                Map.of("channel", form.channel().trim(), "language", form.language()), null));
    }

    /**
     * The state's answer, recorded by its focal point (or by the secretariat on its
     * behalf).
     */
    Invitation answer(long id, InvitationStatus answer) {
        Invitation invitation = find(id);
        String iso3 = invitation.invitee().iso3();
        if (iso3 == null || ActingUser.current().filter(u -> u.canActForState(iso3)).isEmpty()) {
            throw new AccessDeniedException("not allowed to answer invitation " + id);
        }
        InvitationStatus next = invitation.status().answer(answer);
        LocalDate today = LocalDate.now(clock);
        int updated = jdbc
            .sql("update invitation set status = :next, answered_on = :today where id = :id and status = :expected")
            .param("next", next.name())
            .param("today", today)
            .param("id", id)
            .param("expected", invitation.status().name())
            .update();
        if (updated == 0) {
            throw changedMeanwhile(id, current -> current.answer(answer));
        }
        events.publishEvent(
                AuditedChange.of("invitation", id, answer.name(), Map.of("status", invitation.status().name()),
                        Map.of("status", answer.name(), "answeredOn", today), null));
        return invitation;
    }

    private void insert(long meetingId, Party invitee, String channel, PrepareInvitationsForm form, ActingUser user,
            OffsetDateTime now) {
        try {
            jdbc.sql(
                    """
                            insert into invitation (meeting_id, invitee, state_iso3, organisation_id, channel, language, signatory_name,
                                   signatory_title, letter_date, status, prepared_by, prepared_at)
                            values (:meeting, :invitee, :iso3, :organisation, :channel, :language, :name, :title, :letterDate,
                                    'PREPARED', :by, :now)""")
                .param("meeting", meetingId)
                .param("invitee", stored(invitee))
                .param("iso3", invitee.iso3())
                .param("organisation", invitee.organisationId())
                .param("channel", channel)
                .param("language", form.language())
                .param("name", form.signatoryName().trim())
                .param("title", form.signatoryTitle().trim())
                .param("letterDate", form.letterDate())
                .param("by", user.email())
                .param("now", now)
                .update();
        }
        catch (DuplicateKeyException e) {
            // someone else prepared the same meeting at the same moment: roll back, they
            // can try again
            throw new RuleViolation("letterDate", "invitations.preparedConcurrently");
        }
    }

    /**
     * The text of the column {@code invitee}, there for its unique constraint (one
     * invitation per invitee and meeting); written here only, and never read: the invitee
     * is read from {@code state_iso3} and {@code organisation_id}.
     */
    private static String stored(Party invitee) {
        return invitee.isState() ? "STATE:" + invitee.iso3() : "ORG:" + invitee.organisationId();
    }

    /**
     * An invitee as the audit trail has named them from the start: {@code FRA},
     * {@code ORG:12}.
     */
    private static String audited(Party invitee) {
        return invitee.isState() ? invitee.iso3() : "ORG:" + invitee.organisationId();
    }

    private void checkDate(LocalDate date, LocalDate notBefore, String field) {
        checkDate(date, notBefore, LocalDate.now(clock), field);
    }

    /** A date of sending or reminding: not after today, not before {@code notBefore}. */
    static void checkDate(LocalDate date, LocalDate notBefore, LocalDate today, String field) {
        if (date.isAfter(today)) {
            throw new RuleViolation(field, "treatyFact.dateInFuture");
        }
        if (date.isBefore(notBefore)) {
            throw new RuleViolation(field, "invitation.dateTooEarly");
        }
    }

    /**
     * The refusal of a move that found the invitation changed when it was written: the
     * move tried from the status it is in now refuses with that status (answered
     * already); when it would be allowed from there (marked sent while the answer was
     * being recorded), it is refused all the same, since the user decided on what they
     * saw before.
     */
    private StatusConflict changedMeanwhile(long id, UnaryOperator<InvitationStatus> move) {
        InvitationStatus current = find(id).status();
        move.apply(current);
        return new StatusConflict(current.name(), "invitation.changedMeanwhile");
    }

    private Invitation find(long id) {
        return queries.find(id).orElseThrow(() -> new NotFoundException("invitation.notFound", id));
    }

    static ActingUser secretariat() {
        return ActingUser.current()
            .filter(ActingUser::isSecretariat)
            .orElseThrow(() -> new AccessDeniedException("only the secretariat handles invitations"));
    }

}

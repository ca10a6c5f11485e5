package org.ccmdesk.invitations;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.ccmdesk.meetings.Meeting;
import org.ccmdesk.system.ActingUser;
import org.ccmdesk.system.AuditedChange;
import org.ccmdesk.system.BackgroundWork;
import org.ccmdesk.system.RuleViolation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sending every prepared invitation of a meeting by e-mail in one step, in the background
 * ({@link InvitationSendJob} on Quartz): each invitation that has a mission address is
 * marked sent and its {@link InvitationSent} published in one transaction of its own, so
 * a run again after a crash skips those already sent and nothing is sent twice. The
 * progress is stored, so any instance shows it.
 */
@Service
class InvitationMailings {

    private static final Logger log = LoggerFactory.getLogger(InvitationMailings.class);

    private final InvitationService invitations;

    private final InvitationQueries queries;

    private final InvitationSending sending;

    private final BackgroundWork work;

    private final JdbcClient jdbc;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    private final TransactionTemplate transactions;

    InvitationMailings(InvitationService invitations, InvitationQueries queries, InvitationSending sending,
            BackgroundWork work, JdbcClient jdbc, ApplicationEventPublisher events, Clock clock,
            PlatformTransactionManager transactionManager) {
        this.invitations = invitations;
        this.queries = queries;
        this.sending = sending;
        this.work = work;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /**
     * Records the mailing and submits its job in the same transaction; answers its id.
     * Refused when no prepared invitation has an address.
     */
    @Transactional
    String start(long meetingId) {
        ActingUser user = ActingUser.current()
            .filter(ActingUser::isSecretariat)
            .orElseThrow(() -> new AccessDeniedException("only the secretariat sends invitations"));
        invitations.meeting(meetingId);
        int total = queries.sendable(meetingId, LocalDate.now(clock)).size();
        if (total == 0) {
            throw new RuleViolation("send", "invitations.nothingToSend");
        }
        String id = UUID.randomUUID().toString();
        jdbc.sql("""
                insert into invitation_mailing (id, meeting_id, total, done, status, requested_by, created_at)
                values (:id, :meeting, :total, 0, 'RUNNING', :by, :now)""")
            .param("id", id)
            .param("meeting", meetingId)
            .param("total", total)
            .param("by", user.email())
            .param("now", OffsetDateTime.now(clock))
            .update();
        events.publishEvent(AuditedChange.of("invitation_mailing", id, "START", null,
                Map.of("meeting", meetingId, "invitations", total), null));
        work.submit(InvitationSendJob.class, "invitations.send:" + meetingId + ":" + id,
                Map.of(InvitationSendJob.MAILING, id));
        return id;
    }

    @Transactional(readOnly = true)
    Optional<InvitationMailing> find(String id) {
        return jdbc.sql("select * from invitation_mailing where id = :id")
            .param("id", id)
            .query(InvitationMailing.class)
            .optional();
    }

    /**
     * Sends what is still to send, one invitation per transaction; run by the job (again
     * after a crash: those sent are no longer prepared).
     */
    void run(String mailingId) {
        InvitationMailing mailing = find(mailingId).orElse(null);
        if (mailing == null || mailing.isFinished()) {
            return;
        }
        try {
            Meeting meeting = invitations.meeting(mailing.meetingId());
            LocalDate today = LocalDate.now(clock);
            for (long invitationId : queries.sendable(meeting.id(), today)) {
                transactions.executeWithoutResult(status -> send(mailing, meeting, invitationId, today));
            }
            finish(mailingId, "DONE");
        }
        catch (RuntimeException e) {
            log.error("Sending the invitations of mailing {} failed", mailingId, e);
            finish(mailingId, "FAILED");
            throw e;
        }
    }

    private void send(InvitationMailing mailing, Meeting meeting, long invitationId, LocalDate today) {
        Invitation invitation = queries.find(invitationId).orElse(null);
        if (invitation == null || invitation.status() != InvitationStatus.PREPARED) {
            return;
        }
        List<MissionContact> to = queries.contactsOf(invitation.invitee());
        if (to.isEmpty() || !sending.recordSent(invitation, today,
                "e-mail to the mission (mailing " + mailing.id() + ", asked by " + mailing.requestedBy() + ")")) {
            return;
        }
        events.publishEvent(new InvitationSent(invitationId, meeting.id(), meeting.name(), meeting.firstDay(),
                meeting.lastDay(), invitation.invitee().key(), invitation.letterDate(), invitation.language(), today,
                to.stream().map(MissionContact::email).toList(), to.stream().map(MissionContact::language).toList()));
        jdbc.sql("update invitation_mailing set done = done + 1 where id = :id").param("id", mailing.id()).update();
    }

    private void finish(String mailingId, String status) {
        jdbc.sql("update invitation_mailing set status = :status, finished_at = :now where id = :id")
            .param("status", status)
            .param("now", OffsetDateTime.now(clock))
            .param("id", mailingId)
            .update();
    }

}

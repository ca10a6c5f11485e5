package org.ccmdesk.invitations;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.ccmdesk.meetings.Meeting;
import org.ccmdesk.meetings.MeetingParticipation;
import org.ccmdesk.states.Party;
import org.ccmdesk.system.RuleViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the invitations page offers to send by e-mail, and the reminders of a meeting in
 * one step: every invitation sent that has neither been answered nor led to a
 * registration by the chosen date is reminded on that date (the single reminder's
 * recording, one transaction per invitation) and its {@link InvitationReminderSent}
 * published. An invitation already reminded on that date is not reminded again.
 */
@Service
class InvitationReminders {

    /**
     * The page's counts: invitations ready to go by e-mail and their addresses, the
     * prepared ones without any address, and the sent ones a reminder would go to.
     */
    record Overview(int sendable, int addresses, List<InviteeView> withoutAddress, int remindable) {
    }

    private final InvitationRecorder recorder;

    private final InvitationQueries queries;

    private final MeetingParticipation participation;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    private final TransactionTemplate transactions;

    InvitationReminders(InvitationRecorder recorder, InvitationQueries queries, MeetingParticipation participation,
            ApplicationEventPublisher events, Clock clock, PlatformTransactionManager transactionManager) {
        this.recorder = recorder;
        this.queries = queries;
        this.participation = participation;
        this.events = events;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    Overview overview(long meetingId, List<InviteeView> invitees) {
        Map<String, Long> addresses = addressCounts();
        LocalDate today = LocalDate.now(clock);
        Set<Party> registered = participation.registeredInvitees(meetingId);
        int sendable = 0;
        int sendableAddresses = 0;
        int remindable = 0;
        for (InviteeView invitee : invitees) {
            Invitation invitation = invitee.invitation();
            long count = addresses.getOrDefault(invitation.invitee().key(), 0L);
            if (invitation.status() == InvitationStatus.PREPARED && count > 0
                    && !invitation.letterDate().isAfter(today)) {
                sendable++;
                sendableAddresses += (int) count;
            }
            if (invitation.status() == InvitationStatus.SENT && count > 0
                    && !registered.contains(invitation.invitee())) {
                remindable++;
            }
        }
        List<InviteeView> without = invitees.stream()
            .filter(v -> v.invitation().status() == InvitationStatus.PREPARED)
            .filter(v -> !addresses.containsKey(v.invitation().invitee().key()))
            .toList();
        return new Overview(sendable, sendableAddresses, without, remindable);
    }

    /** Reminds every invitation due one on {@code remindedOn}; answers how many. */
    int remindAll(Meeting meeting, LocalDate remindedOn) {
        if (remindedOn.isAfter(LocalDate.now(clock))) {
            throw new RuleViolation("remindedOn", "treatyFact.dateInFuture");
        }
        Set<Party> registered = participation.registeredInvitees(meeting.id());
        int reminded = 0;
        for (Invitation invitation : queries.forMeeting(meeting.id())) {
            if (invitation.status() != InvitationStatus.SENT || registered.contains(invitation.invitee())
                    || invitation.sentOn() == null || invitation.sentOn().isAfter(remindedOn)) {
                continue;
            }
            List<MissionContact> to = queries.contactsOf(invitation.invitee());
            if (to.isEmpty() || queries.reminders(invitation.id()).contains(remindedOn)) {
                continue;
            }
            try {
                transactions.executeWithoutResult(status -> remind(meeting, invitation, to, remindedOn));
                reminded++;
            }
            catch (RuleViolation answeredMeanwhile) {
                // answered while the reminders were being sent: it needs none
            }
        }
        if (reminded == 0) {
            throw new RuleViolation("remindedOn", "invitations.nobodyToRemind");
        }
        return reminded;
    }

    private void remind(Meeting meeting, Invitation invitation, List<MissionContact> to, LocalDate remindedOn) {
        recorder.remind(invitation.id(), remindedOn);
        events.publishEvent(new InvitationReminderSent(invitation.id(), meeting.id(), meeting.name(),
                meeting.firstDay(), meeting.lastDay(), invitation.invitee().key(), invitation.letterDate(),
                invitation.sentOn(), remindedOn, to.stream().map(MissionContact::email).toList(),
                to.stream().map(MissionContact::language).toList()));
    }

    private Map<String, Long> addressCounts() {
        return queries.contacts().stream().collect(Collectors.groupingBy(c -> c.party().key(), Collectors.counting()));
    }

}

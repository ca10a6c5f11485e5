package org.ccmdesk.invitations;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.ccmdesk.meetings.Meeting;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Many invitations of a meeting marked sent at once (letters that went by post or by
 * hand): only the prepared ones among those chosen, each by the same compare-and-set and
 * audit entry as one marked sent on its page, so the same request twice changes nothing
 * the second time.
 */
@Service
@Transactional
class InvitationsSentByHand {

    private final InvitationService invitations;

    private final InvitationSending sending;

    private final Clock clock;

    InvitationsSentByHand(InvitationService invitations, InvitationSending sending, Clock clock) {
        this.invitations = invitations;
        this.sending = sending;
        this.clock = clock;
    }

    /** The chosen invitations of the meeting that marking sent would change. */
    @Transactional(readOnly = true)
    List<InviteeView> toMark(Meeting meeting, Collection<Long> ids, Locale locale) {
        return invitations.invitees(meeting, locale)
            .stream()
            .filter(v -> ids.contains(v.invitation().id()) && v.invitation().status() == InvitationStatus.PREPARED)
            .toList();
    }

    /** Marks them sent on {@code sentOn}; answers how many changed. */
    int markSent(Meeting meeting, Collection<Long> ids, LocalDate sentOn) {
        InvitationRecorder.secretariat();
        int changed = 0;
        for (InviteeView view : toMark(meeting, ids, Locale.ENGLISH)) {
            Invitation invitation = view.invitation();
            InvitationRecorder.checkDate(sentOn, invitation.letterDate(), LocalDate.now(clock), "sentOn");
            if (sending.recordSent(invitation, sentOn, null)) {
                changed++;
            }
        }
        return changed;
    }

}

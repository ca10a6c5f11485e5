package org.ccmdesk.invitations;

import java.time.LocalDate;
import java.util.List;

/**
 * How far the invitations of a meeting have gone: invited, acknowledged (and declined),
 * registered, approved; in total, by status group (as of the meeting's first day) and by
 * UN region. Registered: the invitee has a submitted or approved registration; approved:
 * at least one approved.
 */
public record InvitationFunnel(long meetingId, LocalDate statusAsOf, Stage total, List<Row> byGroup,
        List<Row> byRegion) {

    /** The counts of one line of the funnel. */
    public record Stage(int invited, int sent, int acknowledged, int declined, int unanswered, int registered,
            int approved) {

        static final Stage ZERO = new Stage(0, 0, 0, 0, 0, 0, 0);

        Stage plus(InvitationStatus status, boolean isRegistered, boolean isApproved) {
            return new Stage(invited + 1, sent + (status == InvitationStatus.PREPARED ? 0 : 1),
                    acknowledged + (status == InvitationStatus.ACKNOWLEDGED ? 1 : 0),
                    declined + (status == InvitationStatus.DECLINED ? 1 : 0),
                    unanswered + (isUnanswered(status, isRegistered) ? 1 : 0), registered + (isRegistered ? 1 : 0),
                    approved + (isApproved ? 1 : 0));
        }
    }

    /**
     * Whether an invitation still waits for its answer: prepared or sent, and nobody of
     * the invitee registered (a registration answers the invitation). The funnel, the
     * list of those not answered and a state's desk count the same way.
     */
    static boolean isUnanswered(InvitationStatus status, boolean registered) {
        return status.isOpen() && !registered;
    }

    /**
     * {@code key}: the status group (STATES_PARTIES, SIGNATORIES, NOT_PARTY,
     * ORGANISATIONS) or the region.
     */
    public record Row(String key, Stage stage) {
    }
}

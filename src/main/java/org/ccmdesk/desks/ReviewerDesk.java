package org.ccmdesk.desks;

import java.util.List;
import java.util.Locale;

import org.ccmdesk.meetings.MeetingService;
import org.ccmdesk.sponsorship.SponsorshipOutlook;
import org.ccmdesk.states.TreatyStatusService;
import org.ccmdesk.system.ActingUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A sponsorship reviewer's desk: per meeting to come, the eligible applications the
 * reviewer has not reviewed yet, each a link to the meeting's applications; a line goes
 * once every one of them is reviewed.
 */
@Component
@Transactional(readOnly = true)
class ReviewerDesk {

    private final SponsorshipOutlook sponsorship;

    private final MeetingService meetings;

    private final TreatyStatusService states;

    ReviewerDesk(SponsorshipOutlook sponsorship, MeetingService meetings, TreatyStatusService states) {
        this.sponsorship = sponsorship;
        this.meetings = meetings;
        this.states = states;
    }

    List<DeskItem> items(ActingUser user, Locale locale) {
        return sponsorship.awaitingReview(user.email(), states.today())
            .stream()
            .flatMap(work -> meetings.find(work.meetingId(), locale)
                .map(m -> new DeskItem("review", "desk.review", List.of(work.waiting(), m.name()),
                        "/sponsorship/meetings/" + m.id()))
                .stream())
            .toList();
    }

}

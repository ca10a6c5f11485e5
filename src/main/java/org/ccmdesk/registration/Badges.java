package org.ccmdesk.registration;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.ccmdesk.meetings.Meeting;
import org.ccmdesk.meetings.MeetingService;
import org.ccmdesk.registration.ParticipantList.Group;
import org.ccmdesk.registration.ParticipantList.ListedDelegation;
import org.ccmdesk.registration.ParticipantList.Member;
import org.ccmdesk.registration.RegistrationQueries.Approval;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The badges of a meeting's approved participants, in the order of the list. A badge
 * names every meeting of the series (the weeks of meetings in one place) the person is
 * approved for, so one badge serves the whole series.
 */
@Component
@Transactional(readOnly = true)
class Badges {

    private final ParticipantLists lists;

    private final RegistrationQueries queries;

    private final MeetingService meetings;

    Badges(ParticipantLists lists, RegistrationQueries queries, MeetingService meetings) {
        this.lists = lists;
        this.queries = queries;
        this.meetings = meetings;
    }

    List<Badge> of(Meeting meeting, Locale locale) {
        Map<Long, List<String>> series = seriesApprovals(meeting);
        List<Badge> badges = new ArrayList<>();
        for (Group<Member> group : lists.full(meeting, locale).groups()) {
            for (ListedDelegation<Member> delegation : group.delegations()) {
                for (Member m : delegation.members()) {
                    badges.add(new Badge(m.registrationId(), m.badgeName(), m.title(), delegation.name(),
                            series.getOrDefault(m.participantId(), List.of(meeting.shortName()))));
                }
            }
        }
        return badges;
    }

    Optional<Badge> one(Meeting meeting, long registrationId, Locale locale) {
        return of(meeting, locale).stream().filter(b -> b.registrationId() == registrationId).findFirst();
    }

    /**
     * For each approved participant, the short names of the series' meetings they are
     * approved for, in date order.
     */
    private Map<Long, List<String>> seriesApprovals(Meeting meeting) {
        List<Meeting> series = new ArrayList<>(meetings.related(meeting));
        series.add(meeting);
        series.sort(Comparator.comparing(Meeting::firstDay).thenComparingLong(Meeting::id));
        Map<Long, Integer> position = new HashMap<>();
        for (int i = 0; i < series.size(); i++) {
            position.put(series.get(i).id(), i);
        }
        Map<Long, List<Long>> meetingsOf = new HashMap<>();
        for (Approval approval : queries.approvalsIn(meeting.id(), position.keySet())) {
            meetingsOf.computeIfAbsent(approval.participantId(), p -> new ArrayList<>()).add(approval.meetingId());
        }
        Map<Long, List<String>> names = new HashMap<>();
        meetingsOf.forEach((participant, ids) -> names.put(participant,
                ids.stream()
                    .sorted(Comparator.comparing(position::get))
                    .map(id -> series.get(position.get(id)).shortName())
                    .toList()));
        return names;
    }

}

package org.ccmdesk.desks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.ccmdesk.meetings.Meeting;
import org.ccmdesk.meetings.MeetingService;
import org.ccmdesk.meetings.RegistrationState;
import org.ccmdesk.registration.OwnRegistrations;
import org.ccmdesk.states.TreatyStatusService;
import org.ccmdesk.system.ActingUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A delegate's desk: their registrations (through the participant profile with their
 * e-mail), each visa letter and badge that is ready, and the meetings open for
 * registration today that they have not registered for.
 */
@Service
@Transactional(readOnly = true)
class DelegateDesk {

    private final OwnRegistrations own;

    private final MeetingService meetings;

    private final TreatyStatusService states;

    DelegateDesk(OwnRegistrations own, MeetingService meetings, TreatyStatusService states) {
        this.own = own;
        this.meetings = meetings;
        this.states = states;
    }

    List<DeskItem> items(ActingUser user) {
        LocalDate today = states.today();
        Map<Long, Meeting> byId = meetings.all().stream().collect(Collectors.toMap(Meeting::id, m -> m));
        List<DeskItem> items = new ArrayList<>();
        List<OwnRegistrations.Own> mine = own.of(user.email());
        for (OwnRegistrations.Own r : mine) {
            Meeting meeting = byId.get(r.meetingId());
            if (meeting == null || meeting.pastOn(today)) {
                continue;
            }
            String page = "/registrations/" + r.registrationId();
            items.add(new DeskItem("registration", "desk.registration." + r.status(), List.of(meeting.name()), page));
            if (r.visaLetterReady()) {
                items.add(new DeskItem("visaLetter", "desk.visaLetter", List.of(meeting.name()),
                        page + "/visa-letter.pdf"));
            }
            else if (r.visaLetterRequested() && "SUBMITTED".equals(r.status())) {
                items.add(new DeskItem("visaLetter", "desk.visaLetterWaiting", List.of(meeting.name()), page));
            }
            if (r.badgeReady()) {
                items.add(new DeskItem("badge", "desk.badge", List.of(meeting.name()), page));
            }
        }
        Set<Long> registered = mine.stream().map(OwnRegistrations.Own::meetingId).collect(Collectors.toSet());
        byId.values()
            .stream()
            .filter(m -> m.registrationOn(today) == RegistrationState.OPEN && !registered.contains(m.id()))
            .sorted(java.util.Comparator.comparing(Meeting::firstDay))
            .forEach(m -> items.add(
                    new DeskItem("register", "desk.register", List.of(m.name()), "/meetings/" + m.id() + "/register")));
        return items;
    }

}

package org.ccmdesk.meetings;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.ccmdesk.system.Download;
import org.ccmdesk.system.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Public pages: the calendar of meetings, one meeting, calendar files. */
@Controller
class MeetingController {

    private final MeetingService meetings;

    private final Clock clock;

    MeetingController(MeetingService meetings, Clock clock) {
        this.meetings = meetings;
        this.clock = clock;
    }

    @GetMapping("/meetings")
    String list(@RequestParam(required = false) MeetingKind kind, @RequestParam(required = false) Integer year,
            java.util.Locale locale, Model model) {
        LocalDate today = LocalDate.now(clock);
        java.util.Map<Long, LocalizedMeeting> localized = new java.util.HashMap<>();
        meetings.localized(meetings.all(), locale).forEach(l -> localized.put(l.meeting().id(), l));
        List<Meeting> all = meetings.all().stream().map(m -> localized.get(m.id()).meeting()).toList();
        List<Meeting> shown = all.stream()
            .filter(m -> kind == null || m.kind() == kind)
            .filter(m -> year == null || m.firstDay().getYear() == year)
            .toList();
        model.addAttribute("upcoming", shown.stream().filter(m -> !m.pastOn(today)).toList());
        model.addAttribute("past",
                shown.stream()
                    .filter(m -> m.pastOn(today))
                    .sorted(java.util.Comparator.comparing(Meeting::firstDay).reversed())
                    .toList());
        model.addAttribute("untranslated",
                localized.values()
                    .stream()
                    .filter(l -> l.untranslated("name"))
                    .map(l -> l.meeting().id())
                    .collect(java.util.stream.Collectors.toSet()));
        model.addAttribute("kinds", MeetingKind.values());
        model.addAttribute("years", all.stream().map(m -> m.firstDay().getYear()).distinct().sorted().toList());
        model.addAttribute("kind", kind);
        model.addAttribute("year", year);
        return "meetings/list";
    }

    @GetMapping("/meetings/{id}")
    String show(@PathVariable long id, java.util.Locale locale, Model model) {
        Meeting stored = meetings.find(id).orElseThrow(() -> new NotFoundException("meeting.notFound", id));
        LocalizedMeeting localized = meetings.localized(stored, locale);
        Meeting meeting = localized.meeting();
        model.addAttribute("meeting", meeting);
        model.addAttribute("localized", localized);
        model.addAttribute("agenda", meetings.agenda(id, locale));
        model.addAttribute("related", meetings.localized(meetings.related(stored), locale));
        model.addAttribute("registration", meeting.registrationOn(LocalDate.now(clock)));
        // "what to prepare" only while there is something to prepare for
        model.addAttribute("themes", meeting.pastOn(LocalDate.now(clock)) ? List.of()
                : meetings.agenda(id).stream().map(AgendaItem::theme).filter(Objects::nonNull).distinct().toList());
        return "meetings/show";
    }

    @GetMapping("/meetings/{id}/calendar.ics")
    ResponseEntity<String> calendar(@PathVariable long id) {
        Meeting meeting = meetings.find(id).orElseThrow(() -> new NotFoundException("meeting.notFound", id));
        return ics("ccm-meeting-" + id + ".ics", MeetingCalendar.of(List.of(meeting)));
    }

    @GetMapping("/meetings.ics")
    ResponseEntity<String> calendar() {
        return ics("ccm-meetings.ics", MeetingCalendar.of(meetings.all()));
    }

    private static ResponseEntity<String> ics(String filename, String body) {
        return Download.attachment(body, filename, Download.CALENDAR);
    }

}

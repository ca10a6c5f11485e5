package org.ccmdesk.registration;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ccmdesk.meetings.Meeting;
import org.ccmdesk.meetings.MeetingService;
import org.ccmdesk.system.NotFoundException;
import org.ccmdesk.system.PageWindow;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The secretariat's list of a meeting's registrations: filter, approve many at once, the
 * delegations lacking what the memo advises and those without credentials.
 */
@Controller
class RegistrationAdminController {

    static final int PAGE_SIZE = 50;

    private final RegistrationQueries queries;

    private final RegistrationViews views;

    private final RegistrationDesk desk;

    private final DelegationAdvisor advisor;

    private final MeetingService meetings;

    private final CredentialStore credentials;

    RegistrationAdminController(RegistrationQueries queries, RegistrationViews views, RegistrationDesk desk,
            DelegationAdvisor advisor, MeetingService meetings, CredentialStore credentials) {
        this.credentials = credentials;
        this.queries = queries;
        this.views = views;
        this.desk = desk;
        this.advisor = advisor;
        this.meetings = meetings;
    }

    @GetMapping("/meetings/{id}/registrations")
    String list(@PathVariable long id, @RequestParam(required = false) RegistrationStatus status,
            @RequestParam(defaultValue = "1") int page, Locale locale, Model model) {
        Meeting meeting = meetings.find(id)
            .orElseThrow(() -> new NotFoundException("registration.meetingNotFound", id));
        List<Registration> all = queries.forMeeting(id, null);
        Map<RegistrationStatus, Long> counts = new EnumMap<>(RegistrationStatus.class);
        for (RegistrationStatus s : RegistrationStatus.values()) {
            counts.put(s, all.stream().filter(r -> r.status() == s).count());
        }
        List<RegistrationRow> rows = views
            .rows(all.stream().filter(r -> status == null || r.status() == status).toList(), locale);
        PageWindow window = PageWindow.of(rows.size(), page, PAGE_SIZE);
        model.addAttribute("meeting", meeting);
        model.addAttribute("status", status);
        model.addAttribute("statuses", RegistrationStatus.values());
        model.addAttribute("counts", counts);
        model.addAttribute("total", all.size());
        model.addAttribute("rows", window.slice(rows));
        model.addAttribute("window", window);
        model.addAttribute("lacking", advisor.lacking(id, locale));
        model.addAttribute("withoutCredentials", views.named(credentials.missing(id), locale));
        model.addAttribute("statistics", queries.statistics(id));
        model.addAttribute("delegations", views.allDelegations(locale));
        return "registration/admin-list";
    }

    @PostMapping("/meetings/{id}/registrations/approve")
    String approve(@PathVariable long id, @RequestParam(name = "ids", required = false) List<Long> ids,
            RedirectAttributes redirect) {
        if (ids == null || ids.isEmpty()) {
            redirect.addFlashAttribute("problem", "registration.noneChosen");
        }
        else {
            redirect.addFlashAttribute("approvedCount", desk.approve(id, ids));
        }
        return "redirect:/meetings/" + id + "/registrations?status=SUBMITTED";
    }

}

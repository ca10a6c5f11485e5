package org.ccmdesk.registration;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.ccmdesk.meetings.Meeting;
import org.ccmdesk.meetings.MeetingService;
import org.ccmdesk.system.Download;
import org.ccmdesk.system.NotFoundException;
import org.ccmdesk.system.PageWindow;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
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

    private static final Pattern SAFE_QUERY = Pattern.compile("\\?[A-Za-z0-9=&%+._~-]{0,1000}");

    private final RegistrationQueries queries;

    private final RegistrationViews views;

    private final RegistrationDesk desk;

    private final DelegationAdvisor advisor;

    private final MeetingService meetings;

    private final CredentialStore credentials;

    private final RegistrationList list;

    private final MessageSource messages;

    RegistrationAdminController(RegistrationQueries queries, RegistrationViews views, RegistrationDesk desk,
            DelegationAdvisor advisor, MeetingService meetings, CredentialStore credentials, RegistrationList list,
            MessageSource messages) {
        this.list = list;
        this.messages = messages;
        this.credentials = credentials;
        this.queries = queries;
        this.views = views;
        this.desk = desk;
        this.advisor = advisor;
        this.meetings = meetings;
    }

    /** The list's filter from the request, for the page and the exports. */
    @ModelAttribute("filter")
    RegistrationFilter filter(@RequestParam(required = false) String q,
            @RequestParam(required = false) RegistrationStatus status,
            @RequestParam(required = false) String delegation, @RequestParam(required = false) Boolean visa,
            @RequestParam(required = false) Boolean visaLetter, @RequestParam(required = false) Boolean credentials) {
        return new RegistrationFilter(q, status, delegation, visa, visaLetter, credentials);
    }

    @GetMapping("/meetings/{id}/registrations")
    String list(@PathVariable long id, @ModelAttribute(name = "filter", binding = false) RegistrationFilter filter,
            @RequestParam(defaultValue = "1") int page, Locale locale, Model model) {
        Meeting meeting = meeting(id);
        List<ListedRegistration> all = list.all(meeting, locale);
        Map<RegistrationStatus, Long> counts = new EnumMap<>(RegistrationStatus.class);
        for (RegistrationStatus s : RegistrationStatus.values()) {
            counts.put(s, all.stream().filter(r -> r.registration().status() == s).count());
        }
        List<ListedRegistration> rows = RegistrationList.filtered(all, filter);
        PageWindow window = PageWindow.of(rows.size(), page, PAGE_SIZE);
        model.addAttribute("meeting", meeting);
        model.addAttribute("statuses", RegistrationStatus.values());
        model.addAttribute("counts", counts);
        model.addAttribute("total", all.size());
        model.addAttribute("found", rows.size());
        model.addAttribute("rows", window.slice(rows));
        model.addAttribute("window", window);
        model.addAttribute("registeredDelegations",
                views.named(all.stream().map(r -> r.registration().delegation()).distinct().toList(), locale));
        model.addAttribute("lacking", advisor.lacking(id, locale));
        model.addAttribute("withoutCredentials", views.named(credentials.missing(id), locale));
        model.addAttribute("statistics", queries.statistics(id));
        model.addAttribute("delegations", views.allDelegations(locale));
        return "registration/admin-list";
    }

    /**
     * The chosen registrations: first a page that says how many will be approved, then,
     * confirmed, the approval of the submitted ones and back to the list as it was
     * filtered ({@code back}, its query string).
     */
    @PostMapping("/meetings/{id}/registrations/approve")
    String approve(@PathVariable long id, @RequestParam(name = "ids", required = false) List<Long> ids,
            @RequestParam(required = false) String back, @RequestParam(required = false) String confirmed,
            Locale locale, Model model, RedirectAttributes redirect) {
        Meeting meeting = meeting(id);
        String list = "redirect:/meetings/" + id + "/registrations" + safeQuery(back);
        if (ids == null || ids.isEmpty()) {
            redirect.addFlashAttribute("problem", "registration.noneChosen");
            return list;
        }
        if (!"yes".equals(confirmed)) {
            Set<Long> chosen = Set.copyOf(ids);
            List<ListedRegistration> changing = this.list.all(meeting, locale)
                .stream()
                .filter(r -> chosen.contains(r.registration().id())
                        && r.registration().status() == RegistrationStatus.SUBMITTED)
                .toList();
            model.addAttribute("meeting", meeting);
            model.addAttribute("changing", changing);
            model.addAttribute("chosenCount", chosen.size());
            model.addAttribute("back", safeQuery(back));
            return "registration/approve-confirm";
        }
        redirect.addFlashAttribute("approvedCount", desk.approve(id, ids));
        return list;
    }

    /** The registrations the list shows with this filter, every column. */
    @GetMapping("/meetings/{id}/registrations.csv")
    ResponseEntity<String> csv(@PathVariable long id,
            @ModelAttribute(name = "filter", binding = false) RegistrationFilter filter, Locale locale) {
        Meeting meeting = meeting(id);
        return Download.attachment(export(meeting, filter, locale).csv(), fileName(meeting, "csv"), Download.CSV);
    }

    @GetMapping("/meetings/{id}/registrations.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable long id,
            @ModelAttribute(name = "filter", binding = false) RegistrationFilter filter, Locale locale) {
        Meeting meeting = meeting(id);
        return Download.attachment(export(meeting, filter, locale).xlsx(meeting.shortName()), fileName(meeting, "xlsx"),
                Download.XLSX);
    }

    private SpreadsheetTable export(Meeting meeting, RegistrationFilter filter, Locale locale) {
        return new ParticipantListExport(messages, locale, Map.of(), views.stateNames(locale))
            .registrations(RegistrationList.filtered(list.all(meeting, locale), filter));
    }

    private static String fileName(Meeting meeting, String extension) {
        return "registrations-" + Download.slug(meeting.shortName()) + "." + extension;
    }

    private Meeting meeting(long id) {
        return meetings.find(id).orElseThrow(() -> new NotFoundException("registration.meetingNotFound", id));
    }

    /** A list's query string as the list wrote it, or nothing. */
    static String safeQuery(String back) {
        return back != null && SAFE_QUERY.matcher(back).matches() ? back : "";
    }

}

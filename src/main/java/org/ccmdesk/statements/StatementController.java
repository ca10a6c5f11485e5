package org.ccmdesk.statements;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;

import org.ccmdesk.accounts.CcmUser;
import org.ccmdesk.meetings.Meeting;
import org.ccmdesk.meetings.MeetingService;
import org.ccmdesk.states.Party;
import org.ccmdesk.system.ActingUser;
import org.ccmdesk.system.Download;
import org.ccmdesk.system.FormSubmission;
import org.ccmdesk.system.NotFoundException;
import org.ccmdesk.system.RuleViolation;
import org.ccmdesk.system.UploadedPdf;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Statements: a meeting's (published, and the delegation's own), one statement, its PDF,
 * the upload form, publishing (secretariat), the public search and the announcements of
 * ratification not yet followed by a deposit.
 */
@Controller
class StatementController {

    private final Statements statements;

    private final MeetingService meetings;

    private final UseReports uses;

    private final PartyNames names;

    private final org.ccmdesk.states.TreatyStatusService treaty;

    StatementController(Statements statements, MeetingService meetings, UseReports uses, PartyNames names,
            org.ccmdesk.states.TreatyStatusService treaty) {
        this.statements = statements;
        this.meetings = meetings;
        this.uses = uses;
        this.names = names;
        this.treaty = treaty;
    }

    private Meeting meeting(long id) {
        return meetings.find(id).orElseThrow(() -> new NotFoundException("speakers.meetingNotFound", id));
    }

    @GetMapping("/meetings/{id}/statements")
    String ofMeeting(@PathVariable long id, Locale locale, Model model) {
        model.addAttribute("meeting", meeting(id));
        model.addAttribute("agenda", meetings.agenda(id, locale));
        model.addAttribute("statements", statements.ofMeeting(id, locale));
        return "statements/meeting";
    }

    @GetMapping("/meetings/{id}/statements/new")
    String form(@PathVariable long id, @RequestParam(required = false) Long item, Locale locale, Model model) {
        Meeting meeting = meeting(id);
        if (!model.containsAttribute("statement")) {
            model.addAttribute("statement", StatementForm.empty(item, defaultParty()));
        }
        model.addAttribute("meeting", meeting);
        model.addAttribute("agenda", meetings.agenda(id, locale));
        model.addAttribute("categories", StatementCategory.values());
        model.addAttribute("languages", UnLanguage.values());
        model.addAttribute("uses", uses.all());
        model.addAttribute("countryNames", names.all(meeting.firstDay(), locale));
        model.addAttribute("parties", parties(meeting, locale));
        return "statements/form";
    }

    @PostMapping("/meetings/{id}/statements")
    ModelAndView submit(@PathVariable long id, @Valid @ModelAttribute("statement") StatementForm form,
            BindingResult errors, @RequestParam(name = "pdf", required = false) MultipartFile pdf, Locale locale,
            Model model, RedirectAttributes redirect) {
        var created = FormSubmission.attempt(errors, () -> statements.submit(id, form, pdf));
        if (created.isPresent()) {
            redirect.addFlashAttribute("notice", "statements.submitted");
            return new ModelAndView("redirect:/statements/" + created.get());
        }
        ModelAndView page = new ModelAndView(form(id, form.item(), locale, model), model.asMap());
        page.setStatus(HttpStatus.BAD_REQUEST);
        return page;
    }

    @GetMapping("/statements/{id}")
    String show(@PathVariable long id, Locale locale, Model model) {
        Statement statement = statements.find(id);
        Meeting meeting = meeting(statement.meetingId());
        model.addAttribute("statement", statement);
        model.addAttribute("meeting", meeting);
        model.addAttribute("item",
                meetings.agenda(meeting.id(), locale)
                    .stream()
                    .filter(i -> i.id() == statement.agendaItemId())
                    .findFirst()
                    .orElse(null));
        Map<String, String> partyNames = names.all(meeting.firstDay(), locale);
        model.addAttribute("partyName", PartyNames.nameOf(partyNames, statement.party()));
        model.addAttribute("condemnedUses",
                uses.all().stream().filter(u -> statement.useIds().contains(u.id())).toList());
        model.addAttribute("countryNames", partyNames);
        return "statements/show";
    }

    @GetMapping("/statements/{id}/statement.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        Statement statement = statements.find(id);
        return Download.attachment(statements.pdf(id), UploadedPdf.fileName(statement.pdfName(), "statement.pdf"),
                Download.PDF);
    }

    @PostMapping("/statements/{id}/publish")
    String publish(@PathVariable long id, RedirectAttributes redirect) {
        try {
            statements.publish(id);
            redirect.addFlashAttribute("notice", "statements.published");
        }
        catch (RuleViolation refused) {
            redirect.addFlashAttribute("problem", refused.messageKey());
        }
        return "redirect:/statements/" + id;
    }

    @PostMapping("/meetings/{id}/statements/publish")
    String publishDelivered(@PathVariable long id, @RequestParam long item, RedirectAttributes redirect) {
        meeting(id);
        redirect.addFlashAttribute("publishedCount", statements.publishDelivered(id, item));
        return "redirect:/meetings/" + id + "/statements";
    }

    @GetMapping("/statements")
    String search(@RequestParam(required = false) String q, @RequestParam(required = false) String state,
            @RequestParam(required = false) StatementCategory category, @RequestParam(required = false) Integer year,
            @RequestParam(defaultValue = "1") int page, Locale locale, Model model) {
        Statements.SearchPage found = statements.search(q, state, category, year, page, locale);
        model.addAttribute("found", found);
        model.addAttribute("q", q);
        model.addAttribute("state", state);
        model.addAttribute("category", category);
        model.addAttribute("year", year);
        model.addAttribute("categories", StatementCategory.values());
        model.addAttribute("states",
                treaty.statusOfAll(treaty.today(), locale)
                    .stream()
                    .sorted(java.util.Comparator.comparing(org.ccmdesk.states.StateStatus::name,
                            java.text.Collator.getInstance(locale)))
                    .toList());
        return "statements/search";
    }

    @GetMapping("/admin/announcements")
    String announcements(Locale locale, Model model) {
        var today = treaty.today();
        List<StatementRow> waiting = statements.announcements(locale)
            .stream()
            .filter(r -> treaty.detailOf(r.partyKey(), today, locale).map(s -> s.deposit() == null).orElse(false))
            .toList();
        model.addAttribute("announcements", waiting);
        return "statements/announcements";
    }

    private static String defaultParty() {
        return ActingUser.current()
            .filter(CcmUser.class::isInstance)
            .map(CcmUser.class::cast)
            .filter(u -> !u.isSecretariat())
            .map(u -> u.states().isEmpty()
                    ? (u.organisations().isEmpty() ? null
                            : Party.organisation(u.organisations().iterator().next()).key())
                    : u.states().iterator().next())
            .orElse(null);
    }

    private Map<String, String> parties(Meeting meeting, Locale locale) {
        ActingUser user = ActingUser.current().orElseThrow();
        Map<String, String> parties = new LinkedHashMap<>();
        names.all(meeting.firstDay(), locale)
            .entrySet()
            .stream()
            .filter(e -> Party.parse(e.getKey()).map(p -> Statements.canActFor(user, p)).orElse(false))
            .sorted(Map.Entry.comparingByValue())
            .forEach(e -> parties.put(e.getKey(), e.getValue()));
        return parties;
    }

}

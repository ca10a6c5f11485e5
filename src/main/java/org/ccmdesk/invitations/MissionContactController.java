package org.ccmdesk.invitations;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;

import org.ccmdesk.states.Party;
import org.ccmdesk.system.Download;
import org.ccmdesk.system.FormSubmission;
import org.ccmdesk.system.NotFoundException;
import org.ccmdesk.system.PageWindow;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The secretariat's pages of mission addresses: the list (by party, with how many states
 * have none), one address added, changed or deleted, and the CSV export. The import has
 * its own controller.
 */
@Controller
class MissionContactController {

    static final int PAGE_SIZE = 50;

    private static final String LIST = "redirect:/admin/mission-contacts";

    private static final String FORM = "admin/mission-contacts-form";

    /** A row of the list: the address and its party's name. */
    record Row(MissionContact contact, String partyName) {
    }

    private final MissionContacts contacts;

    private final InvitationQueries queries;

    MissionContactController(MissionContacts contacts, InvitationQueries queries) {
        this.contacts = contacts;
        this.queries = queries;
    }

    @GetMapping("/admin/mission-contacts")
    String list(@RequestParam(required = false) String party, @RequestParam(defaultValue = "1") int page, Locale locale,
            Model model) {
        Map<String, String> names = contacts.names(locale);
        String filter = Party.parse(party).map(Party::key).orElse(null);
        List<Row> rows = queries.contacts()
            .stream()
            .filter(c -> filter == null || c.party().key().equals(filter))
            .map(c -> new Row(c, names.getOrDefault(c.party().key(), c.party().key())))
            .sorted(Comparator.comparing(Row::partyName, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(r -> r.contact().email()))
            .toList();
        PageWindow window = PageWindow.of(rows.size(), page, PAGE_SIZE);
        model.addAttribute("rows", window.slice(rows));
        model.addAttribute("total", rows.size());
        model.addAttribute("page", window.page());
        model.addAttribute("pages", window.pages());
        model.addAttribute("party", filter);
        model.addAttribute("parties", names);
        model.addAttribute("statesWithout", contacts.statesWithout());
        return "admin/mission-contacts";
    }

    /**
     * {@code party} chooses the party beforehand (the link "add one" of an invitation).
     */
    @GetMapping("/admin/mission-contacts/new")
    String initCreationForm(@RequestParam(required = false) String party, Locale locale, Model model) {
        model.addAttribute("missionContactForm",
                MissionContactForm.empty(Party.parse(party).map(Party::key).orElse(null)));
        return form(null, locale, model);
    }

    @PostMapping("/admin/mission-contacts/new")
    String processCreationForm(@Valid @ModelAttribute MissionContactForm missionContactForm, BindingResult errors,
            Locale locale, Model model, RedirectAttributes redirect) {
        if (FormSubmission.run(errors, () -> contacts.create(missionContactForm))) {
            redirect.addFlashAttribute("notice", "missionContact.saved");
            return LIST;
        }
        return form(null, locale, model);
    }

    @GetMapping("/admin/mission-contacts/{id}")
    String initUpdateForm(@PathVariable long id, Locale locale, Model model) {
        model.addAttribute("missionContactForm", MissionContactForm.of(find(id)));
        return form(id, locale, model);
    }

    @PostMapping("/admin/mission-contacts/{id}")
    String processUpdateForm(@PathVariable long id, @Valid @ModelAttribute MissionContactForm missionContactForm,
            BindingResult errors, Locale locale, Model model, RedirectAttributes redirect) {
        find(id);
        if (FormSubmission.run(errors, () -> contacts.update(id, missionContactForm))) {
            redirect.addFlashAttribute("notice", "missionContact.saved");
            return LIST;
        }
        return form(id, locale, model);
    }

    /** The confirmation: deleting is a second step. */
    @GetMapping("/admin/mission-contacts/{id}/delete")
    String confirmDelete(@PathVariable long id, Locale locale, Model model) {
        MissionContact contact = find(id);
        model.addAttribute("contact", contact);
        model.addAttribute("partyName", contacts.names(locale).getOrDefault(contact.party().key(), ""));
        return "admin/mission-contacts-delete";
    }

    @PostMapping("/admin/mission-contacts/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        contacts.delete(id);
        redirect.addFlashAttribute("notice", "missionContact.deleted");
        return LIST;
    }

    @GetMapping("/admin/mission-contacts/export")
    ResponseEntity<String> export() {
        return Download.attachment(MissionContactCsv.write(queries.contacts()), "mission-contacts.csv", Download.CSV);
    }

    private String form(Long id, Locale locale, Model model) {
        model.addAttribute("contactId", id);
        model.addAttribute("parties", contacts.names(locale));
        return FORM;
    }

    private MissionContact find(long id) {
        return queries.contact(id).orElseThrow(() -> new NotFoundException("missionContact.notFound", id));
    }

}

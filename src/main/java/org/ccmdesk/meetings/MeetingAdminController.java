package org.ccmdesk.meetings;

import java.util.Optional;

import jakarta.validation.Valid;

import org.ccmdesk.system.FormSubmission;
import org.ccmdesk.system.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The secretariat creates, edits, copies and cancels meetings. */
@Controller
class MeetingAdminController {

    private static final String FORM = "meetings/form";

    private final MeetingService meetings;

    private final MeetingAdministration administration;

    MeetingAdminController(MeetingService meetings, MeetingAdministration administration) {
        this.meetings = meetings;
        this.administration = administration;
    }

    @GetMapping("/admin/meetings/new")
    String initCreationForm(Model model) {
        model.addAttribute("meetingForm", MeetingForm.empty());
        model.addAttribute("kinds", MeetingKind.values());
        return FORM;
    }

    @PostMapping("/admin/meetings/new")
    String processCreationForm(@Valid @ModelAttribute MeetingForm meetingForm, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        Optional<Long> id = FormSubmission.attempt(errors, () -> administration.create(meetingForm));
        if (id.isPresent()) {
            redirect.addFlashAttribute("notice", "meeting.saved");
            return "redirect:/meetings/" + id.get();
        }
        model.addAttribute("kinds", MeetingKind.values());
        return FORM;
    }

    @GetMapping("/admin/meetings/{id}/texts")
    String initTextsForm(@PathVariable long id, Model model) {
        Meeting meeting = meetings.find(id).orElseThrow(() -> new NotFoundException("meeting.notFound", id));
        model.addAttribute("meetingTextsForm",
                MeetingTextsForm.of(meetings.text(id, "fr"), meetings.text(id, "es"),
                        meetings.letterSettings(id, java.util.Locale.ENGLISH), meetings.agenda(id),
                        meetings.agenda(id, java.util.Locale.FRENCH),
                        meetings.agenda(id, java.util.Locale.forLanguageTag("es"))));
        return textsPage(meeting, model);
    }

    @PostMapping("/admin/meetings/{id}/texts")
    String processTextsForm(@PathVariable long id, @Valid @ModelAttribute MeetingTextsForm meetingTextsForm,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        Meeting meeting = meetings.find(id).orElseThrow(() -> new NotFoundException("meeting.notFound", id));
        if (FormSubmission.run(errors, () -> administration.saveTexts(id, meetingTextsForm))) {
            redirect.addFlashAttribute("notice", "meetingTexts.saved");
            return "redirect:/meetings/" + id;
        }
        return textsPage(meeting, model);
    }

    private String textsPage(Meeting meeting, Model model) {
        // not "meeting": that one is shown in the page's language; this page shows the
        // English text
        model.addAttribute("english", meeting);
        model.addAttribute("agenda", meetings.agenda(meeting.id()));
        return "meetings/texts";
    }

    @GetMapping("/admin/meetings/{id}/edit")
    String initUpdateForm(@PathVariable long id, Model model) {
        Meeting meeting = meetings.find(id).orElseThrow(() -> new NotFoundException("meeting.notFound", id));
        model.addAttribute("meetingForm", MeetingForm.of(meeting));
        return editPage(id, model);
    }

    @PostMapping("/admin/meetings/{id}/agenda")
    String addAgendaItem(@PathVariable long id, @Valid @ModelAttribute AgendaItemForm agendaItemForm,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        Meeting meeting = meetings.find(id).orElseThrow(() -> new NotFoundException("meeting.notFound", id));
        if (FormSubmission.run(errors, () -> administration.addAgendaItem(id, agendaItemForm))) {
            redirect.addFlashAttribute("notice", "agenda.added");
            return "redirect:/admin/meetings/" + id + "/edit";
        }
        model.addAttribute("meetingForm", MeetingForm.of(meeting));
        return editPage(id, model);
    }

    @PostMapping("/admin/meetings/{id}/agenda/{itemId}/remove")
    String removeAgendaItem(@PathVariable long id, @PathVariable long itemId, RedirectAttributes redirect) {
        administration.removeAgendaItem(id, itemId);
        redirect.addFlashAttribute("notice", "agenda.removed");
        return "redirect:/admin/meetings/" + id + "/edit";
    }

    private String editPage(long id, Model model) {
        model.addAttribute("meetingId", id);
        model.addAttribute("kinds", MeetingKind.values());
        model.addAttribute("agenda", meetings.agenda(id));
        model.addAttribute("themes", AgendaTheme.values());
        if (!model.containsAttribute("agendaItemForm")) {
            model.addAttribute("agendaItemForm", AgendaItemForm.empty());
        }
        return FORM;
    }

    @PostMapping("/admin/meetings/{id}/edit")
    String processUpdateForm(@PathVariable long id, @Valid @ModelAttribute MeetingForm meetingForm,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        if (FormSubmission.run(errors, () -> administration.update(id, meetingForm))) {
            redirect.addFlashAttribute("notice", "meeting.saved");
            return "redirect:/meetings/" + id;
        }
        return editPage(id, model);
    }

    @PostMapping("/admin/meetings/{id}/copy")
    String copy(@PathVariable long id, RedirectAttributes redirect) {
        long copy = administration.copy(id);
        redirect.addFlashAttribute("notice", "meeting.copied");
        return "redirect:/admin/meetings/" + copy + "/edit";
    }

    @PostMapping("/admin/meetings/{id}/cancel")
    String cancel(@PathVariable long id, @RequestParam(required = false) String confirm, RedirectAttributes redirect) {
        if (!"yes".equals(confirm)) {
            redirect.addFlashAttribute("problem", "meeting.confirmCancel");
        }
        else {
            administration.cancel(id);
            redirect.addFlashAttribute("notice", "meeting.cancelled");
        }
        return "redirect:/meetings/" + id;
    }

}

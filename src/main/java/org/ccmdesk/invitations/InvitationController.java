package org.ccmdesk.invitations;

import java.util.Optional;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.validation.Valid;

import org.ccmdesk.meetings.Meeting;
import org.ccmdesk.system.FormSubmission;
import org.ccmdesk.system.NotFoundException;
import org.ccmdesk.system.PageWindow;
import org.ccmdesk.system.StatusConflict;
import org.springframework.format.annotation.DateTimeFormat;
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
 * The secretariat's pages: a meeting's invitations with the funnel, what can go by
 * e-mail, and the prepare form; one invitation.
 */
@Controller
class InvitationController {

    static final int PAGE_SIZE = 50;

    private final InvitationService invitations;

    private final InvitationRecorder recorder;

    private final InvitationReminders reminders;

    private final InvitationsSentByHand sentByHand;

    InvitationController(InvitationService invitations, InvitationRecorder recorder, InvitationReminders reminders,
            InvitationsSentByHand sentByHand) {
        this.sentByHand = sentByHand;
        this.invitations = invitations;
        this.recorder = recorder;
        this.reminders = reminders;
    }

    @GetMapping("/meetings/{id}/invitations")
    String list(@PathVariable long id, @RequestParam(defaultValue = "1") int page, Locale locale, Model model) {
        if (!model.containsAttribute("prepareInvitationsForm")) {
            model.addAttribute("prepareInvitationsForm", PrepareInvitationsForm.empty());
        }
        return listPage(id, page, locale, model);
    }

    @PostMapping("/meetings/{id}/invitations/prepare")
    String prepare(@PathVariable long id, @Valid @ModelAttribute PrepareInvitationsForm prepareInvitationsForm,
            BindingResult errors, Locale locale, Model model, RedirectAttributes redirect) {
        Optional<Integer> added = FormSubmission.attempt(errors, () -> recorder.prepare(id, prepareInvitationsForm));
        if (added.isPresent()) {
            redirect.addFlashAttribute("added", added.get());
            return "redirect:/meetings/" + id + "/invitations";
        }
        return listPage(id, 1, locale, model);
    }

    @GetMapping("/invitations/{id}")
    String show(@PathVariable long id, Locale locale, Model model) {
        Invitation invitation = invitations.find(id)
            .orElseThrow(() -> new NotFoundException("invitation.notFound", id));
        if (!model.containsAttribute("channelForm")) {
            model.addAttribute("channelForm", ChannelForm.of(invitation));
        }
        model.addAttribute("invitation", invitation);
        model.addAttribute("name", invitations.inviteeName(invitation, locale));
        model.addAttribute("meeting", invitations.meeting(invitation.meetingId()));
        model.addAttribute("reminders", invitations.reminders(id));
        return "invitations/show";
    }

    @PostMapping("/invitations/{id}/channel")
    String channel(@PathVariable long id, @Valid @ModelAttribute ChannelForm channelForm, BindingResult errors,
            Locale locale, Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return show(id, locale, model);
        }
        recorder.changeChannel(id, channelForm);
        redirect.addFlashAttribute("notice", "invitation.channelChanged");
        return "redirect:/invitations/" + id;
    }

    @PostMapping("/invitations/{id}/sent")
    String sent(@PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate sentOn,
            RedirectAttributes redirect) {
        try {
            recorder.markSent(id, sentOn == null ? today() : sentOn);
            redirect.addFlashAttribute("notice", "invitation.markedSent");
        }
        catch (StatusConflict refused) {
            redirect.addFlashAttribute("problem", refused.messageKey());
        }
        return "redirect:/invitations/" + id;
    }

    /**
     * The chosen invitations: first a page with how many will be marked sent and the date
     * (today unless changed), then, confirmed, the marking.
     */
    @PostMapping("/meetings/{id}/invitations/mark-sent")
    String markSent(@PathVariable long id, @RequestParam(name = "ids", required = false) List<Long> ids,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate sentOn,
            @RequestParam(required = false) String confirmed, Locale locale, Model model, RedirectAttributes redirect) {
        Meeting meeting = invitations.meeting(id);
        if (ids == null || ids.isEmpty()) {
            redirect.addFlashAttribute("problem", "invitations.noneChosen");
            return "redirect:/meetings/" + id + "/invitations#unanswered";
        }
        if (!"yes".equals(confirmed)) {
            model.addAttribute("meeting", meeting);
            model.addAttribute("toMark", sentByHand.toMark(meeting, Set.copyOf(ids), locale));
            model.addAttribute("chosenCount", Set.copyOf(ids).size());
            model.addAttribute("sentOn", sentOn == null ? today() : sentOn);
            model.addAttribute("today", today());
            return "invitations/mark-sent";
        }
        redirect.addFlashAttribute("markedSentCount",
                sentByHand.markSent(meeting, Set.copyOf(ids), sentOn == null ? today() : sentOn));
        return "redirect:/meetings/" + id + "/invitations#unanswered";
    }

    @PostMapping("/invitations/{id}/reminder")
    String reminder(@PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate remindedOn,
            @RequestParam(required = false) Integer page, RedirectAttributes redirect) {
        Invitation invitation = invitations.find(id)
            .orElseThrow(() -> new NotFoundException("invitation.notFound", id));
        try {
            recorder.remind(id, remindedOn == null ? today() : remindedOn);
            redirect.addFlashAttribute("notice", "invitation.reminded");
        }
        catch (StatusConflict refused) {
            redirect.addFlashAttribute("problem", refused.messageKey());
        }
        return page == null ? "redirect:/invitations/" + id
                : "redirect:/meetings/" + invitation.meetingId() + "/invitations?page=" + page + "#unanswered";
    }

    private String listPage(long id, int page, Locale locale, Model model) {
        Meeting meeting = invitations.meeting(id);
        List<InviteeView> all = invitations.invitees(meeting, locale);
        List<InviteeView> open = invitations.unanswered(id, all);
        PageWindow window = PageWindow.of(open.size(), page, PAGE_SIZE);
        model.addAttribute("meeting", meeting);
        model.addAttribute("funnel", invitations.funnel(id));
        model.addAttribute("invitedCount", all.size());
        model.addAttribute("unanswered", window.slice(open));
        model.addAttribute("unansweredCount", open.size());
        model.addAttribute("page", window.page());
        model.addAttribute("pages", window.pages());
        model.addAttribute("organisations", invitations.organisations());
        model.addAttribute("byMail", reminders.overview(id, all));
        model.addAttribute("today", today());
        return "invitations/list";
    }

    private LocalDate today() {
        return invitations.today();
    }

}

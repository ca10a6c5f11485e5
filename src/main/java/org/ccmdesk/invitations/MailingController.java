package org.ccmdesk.invitations;

import java.time.LocalDate;

import org.ccmdesk.meetings.Meeting;
import org.ccmdesk.system.NotFoundException;
import org.ccmdesk.system.RuleViolation;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Invitations by e-mail from the meeting's invitations page: all prepared ones sent in
 * one step (in the background, with a progress page), and the reminders of those not
 * answered.
 */
@Controller
class MailingController {

    private final InvitationMailings mailings;

    private final InvitationReminders reminders;

    private final InvitationService invitations;

    MailingController(InvitationMailings mailings, InvitationReminders reminders, InvitationService invitations) {
        this.mailings = mailings;
        this.reminders = reminders;
        this.invitations = invitations;
    }

    @PostMapping("/meetings/{id}/invitations/send")
    String send(@PathVariable long id, RedirectAttributes redirect) {
        try {
            return "redirect:/invitation-mailings/" + mailings.start(id);
        }
        catch (RuleViolation refused) {
            redirect.addFlashAttribute("problem", refused.messageKey());
            return "redirect:/meetings/" + id + "/invitations#send";
        }
    }

    /**
     * The whole page, or (for htmx polling it, header HX-Request) only its progress part.
     */
    @GetMapping("/invitation-mailings/{mailingId}")
    String progress(@PathVariable String mailingId, @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        InvitationMailing mailing = mailings.find(mailingId)
            .orElseThrow(() -> new NotFoundException("invitations.mailingNotFound", mailingId));
        model.addAttribute("mailing", mailing);
        model.addAttribute("meeting", invitations.meeting(mailing.meetingId()));
        return "true".equals(htmx) ? "invitations/mailing :: progress" : "invitations/mailing";
    }

    @PostMapping("/meetings/{id}/invitations/reminders")
    String remind(@PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate remindedOn,
            RedirectAttributes redirect) {
        Meeting meeting = invitations.meeting(id);
        try {
            int count = reminders.remindAll(meeting, remindedOn == null ? invitations.today() : remindedOn);
            redirect.addFlashAttribute("remindedCount", count);
        }
        catch (RuleViolation refused) {
            redirect.addFlashAttribute("problem", refused.messageKey());
        }
        return "redirect:/meetings/" + id + "/invitations#reminders";
    }

}

package org.ccmdesk.notifications;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.ccmdesk.system.ActingUser;
import org.ccmdesk.system.AuditedChange;
import org.ccmdesk.system.NotFoundException;
import org.ccmdesk.system.PageWindow;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The secretariat's view of outgoing mail: every message with its state, recipient, cause
 * and time, searchable; one message with its body and the server's last answer; sending
 * one again; a test message to check that mail leaves.
 */
@Controller
class MailAdminController {

    static final int PAGE_SIZE = 50;

    private final MailQueries queries;

    private final MailMessages messages;

    private final MailDelivery delivery;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    MailAdminController(MailQueries queries, MailMessages messages, MailDelivery delivery,
            ApplicationEventPublisher events, Clock clock) {
        this.queries = queries;
        this.messages = messages;
        this.delivery = delivery;
        this.events = events;
        this.clock = clock;
    }

    @GetMapping("/admin/mail")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) MailStatus status,
            @RequestParam(defaultValue = "1") int page, Model model) {
        MailQueries.Filter filter = new MailQueries.Filter(q, status);
        int total = queries.count(filter);
        PageWindow window = PageWindow.of(total, page, PAGE_SIZE);
        model.addAttribute("mail", queries.find(filter, window.offset(), PAGE_SIZE));
        model.addAttribute("filter", filter);
        model.addAttribute("statuses", MailStatus.values());
        model.addAttribute("counts", queries.countsByStatus());
        model.addAttribute("configured", delivery.configured());
        model.addAttribute("total", total);
        model.addAttribute("page", window.page());
        model.addAttribute("pages", window.pages());
        return "admin/mail";
    }

    @GetMapping("/admin/mail/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("message", messages.find(id).orElseThrow(() -> new NotFoundException("mail.notFound", id)));
        model.addAttribute("attachmentNames", messages.attachmentNames(id));
        model.addAttribute("configured", delivery.configured());
        return "admin/mail-message";
    }

    @PostMapping("/admin/mail/{id}/resend")
    @Transactional
    public String resend(@PathVariable long id, RedirectAttributes redirect) {
        MailMessageView message = messages.find(id).orElseThrow(() -> new NotFoundException("mail.notFound", id));
        if (messages.resend(id, OffsetDateTime.now(clock))) {
            events.publishEvent(AuditedChange.of("mail_message", id, "RESEND", Map.of("status", message.status()),
                    Map.of("status", MailStatus.WAITING.name()), null));
            redirect.addFlashAttribute("notice", "mail.resent");
        }
        else {
            redirect.addFlashAttribute("problem",
                    message.bodiesDeletedAt() != null ? "mail.resendNoBody" : "mail.resendNotNow");
        }
        return "redirect:/admin/mail/" + id;
    }

    @PostMapping("/admin/mail/test")
    @Transactional
    public String test(Locale locale, RedirectAttributes redirect) {
        ActingUser user = ActingUser.current().orElseThrow();
        events.publishEvent(
                new MailTestRequested(user.email(), null, locale.getLanguage(), UUID.randomUUID().toString()));
        redirect.addFlashAttribute("notice", "mail.testQueued");
        return "redirect:/admin/mail";
    }

}

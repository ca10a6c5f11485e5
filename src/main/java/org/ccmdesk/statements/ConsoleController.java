package org.ccmdesk.statements;

import java.time.ZoneId;
import java.util.Locale;

import jakarta.validation.Valid;

import org.ccmdesk.system.FormSubmission;
import org.ccmdesk.system.NotFoundException;
import org.ccmdesk.system.RuleViolation;
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
 * The chair's console (secretariat): start, pause, resume and stop the speech under way,
 * the next speaker with one key, withdraw or move a speaker, close and reopen the list,
 * its deadline and time limits, the meeting's order rule, and the time used per
 * delegation.
 */
@Controller
class ConsoleController {

    private final SpeakersViews views;

    private final SpeakersLists lists;

    private final SpeakerQueries queries;

    ConsoleController(SpeakersViews views, SpeakersLists lists, SpeakerQueries queries) {
        this.views = views;
        this.lists = lists;
        this.queries = queries;
    }

    @GetMapping("/meetings/{id}/console")
    String console(@PathVariable long id, @RequestParam(required = false) Long item, Locale locale, Model model) {
        SpeakersViews.ListView view = views.view(id, item, locale);
        model.addAttribute("view", view);
        model.addAttribute("timeUsed", views.timeUsed(id, locale));
        model.addAttribute("orderRules", OrderRule.values());
        if (view.item() != null && !model.containsAttribute("settings")) {
            SpeakerList list = view.list().orElseGet(() -> lists.listFor(id, view.item().id()));
            model.addAttribute("settings", ListSettingsForm.of(list, ZoneId.of(view.meeting().timeZone())));
            model.addAttribute("listId", list.id());
        }
        return "statements/console";
    }

    @PostMapping("/meetings/{id}/console/next")
    String next(@PathVariable long id, @RequestParam long item, RedirectAttributes redirect) {
        try {
            if (lists.next(id, item).isEmpty()) {
                redirect.addFlashAttribute("notice", "console.nobodyWaiting");
            }
        }
        catch (RuleViolation refused) {
            redirect.addFlashAttribute("problem", refused.messageKey());
        }
        return back(id, item);
    }

    @PostMapping("/speaker-entries/{entryId}/{action}")
    String act(@PathVariable long entryId, @PathVariable String action, RedirectAttributes redirect) {
        SpeakerEntry entry = queries.entry(entryId)
            .orElseThrow(() -> new NotFoundException("speakers.entryNotFound", entryId));
        SpeakerList list = queries.list(entry.listId()).orElseThrow();
        try {
            switch (action) {
                case "start" -> lists.start(entryId);
                case "pause" -> lists.pause(entryId);
                case "resume" -> lists.resume(entryId);
                case "spoken" -> lists.spoken(entryId);
                case "withdraw" -> lists.withdraw(entryId);
                case "up" -> lists.move(entryId, -1);
                case "down" -> lists.move(entryId, 1);
                default -> throw new NotFoundException("speakers.unknownAction", action);
            }
        }
        catch (RuleViolation refused) {
            redirect.addFlashAttribute("problem", refused.messageKey());
        }
        return back(list.meetingId(), list.agendaItemId());
    }

    @PostMapping({ "/speaker-lists/{listId}/close", "/speaker-lists/{listId}/reopen" })
    String close(@PathVariable long listId, jakarta.servlet.http.HttpServletRequest request) {
        SpeakerList list = queries.list(listId)
            .orElseThrow(() -> new NotFoundException("speakers.listNotFound", listId));
        lists.setClosed(listId, request.getRequestURI().endsWith("/close"));
        return back(list.meetingId(), list.agendaItemId());
    }

    @PostMapping("/speaker-lists/{listId}/settings")
    String settings(@PathVariable long listId, @Valid @ModelAttribute("settings") ListSettingsForm form,
            BindingResult errors, Locale locale, Model model, RedirectAttributes redirect) {
        SpeakerList list = queries.list(listId)
            .orElseThrow(() -> new NotFoundException("speakers.listNotFound", listId));
        if (FormSubmission.run(errors, () -> lists.settings(listId, form))) {
            redirect.addFlashAttribute("notice", "console.settingsSaved");
            return back(list.meetingId(), list.agendaItemId());
        }
        model.addAttribute("listId", listId);
        return console(list.meetingId(), list.agendaItemId(), locale, model);
    }

    @PostMapping("/meetings/{id}/speaking-order")
    String orderRule(@PathVariable long id, @RequestParam OrderRule rule, @RequestParam(required = false) Long item,
            RedirectAttributes redirect) {
        lists.orderRule(id, rule);
        redirect.addFlashAttribute("notice", "console.orderRuleSaved");
        return item == null ? "redirect:/meetings/" + id + "/console" : back(id, item);
    }

    private static String back(long meetingId, long itemId) {
        return "redirect:/meetings/" + meetingId + "/console?item=" + itemId;
    }

}

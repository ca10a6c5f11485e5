package org.ccmdesk.sponsorship;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;

import org.ccmdesk.meetings.Meeting;
import org.ccmdesk.meetings.MeetingService;
import org.ccmdesk.system.NotFoundException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The secretariat sets a meeting's call for applications and starts a new round. */
@Controller
class CallController {

    private final Calls calls;

    private final SponsorshipQueries queries;

    private final MeetingService meetings;

    private final Notices notices;

    CallController(Calls calls, SponsorshipQueries queries, MeetingService meetings, Notices notices) {
        this.calls = calls;
        this.queries = queries;
        this.meetings = meetings;
        this.notices = notices;
    }

    @GetMapping("/sponsorship/meetings/{id}/call")
    String form(@PathVariable long id, Model model) {
        Meeting meeting = meetings.find(id, org.springframework.context.i18n.LocaleContextHolder.getLocale())
            .orElseThrow(() -> new NotFoundException("meeting.notFound", id));
        model.addAttribute("meeting", meeting);
        model.addAttribute("call", queries.call(id).orElse(null));
        model.addAttribute("programme", queries.programme(meeting.firstDay().getYear()).orElse(null));
        return "sponsorship/call";
    }

    @PostMapping("/sponsorship/meetings/{id}/call")
    String save(@PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate opens,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate closes,
            @RequestParam(required = false) BigDecimal dsaRate, @RequestParam(required = false) BigDecimal hotelRate,
            @RequestParam(required = false) BigDecimal travelEstimate, @RequestParam(defaultValue = "1") int places,
            @RequestParam(required = false) String conditions, @RequestParam(defaultValue = "") String invitees,
            Locale locale, RedirectAttributes redirect) {
        boolean saved = notices.run(redirect, locale, "sponsorship.callSaved", () -> calls.set(id, opens, closes,
                dsaRate, hotelRate, travelEstimate, places, conditions, Arrays.asList(invitees.split("[,\\s]+"))));
        return saved ? "redirect:/sponsorship/meetings/" + id : "redirect:/sponsorship/meetings/" + id + "/call";
    }

    @PostMapping("/sponsorship/meetings/{id}/next-round")
    String nextRound(@PathVariable long id, Locale locale, RedirectAttributes redirect) {
        notices.run(redirect, locale, "sponsorship.roundStarted", () -> calls.nextRound(id));
        return "redirect:/sponsorship/meetings/" + id;
    }

}

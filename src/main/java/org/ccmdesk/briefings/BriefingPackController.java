package org.ccmdesk.briefings;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.ccmdesk.meetings.Meeting;
import org.ccmdesk.system.AsOf;
import org.ccmdesk.system.Download;
import org.ccmdesk.system.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A meeting's briefing pack (built in the background, with a progress page that htmx
 * polls), the CSV of every state's "what to prepare" lines, and the request to e-mail a
 * memo to the delegation.
 */
@Controller
class BriefingPackController {

    private final BriefingPacks packs;

    private final BriefingService briefings;

    private final MemoText text;

    BriefingPackController(BriefingPacks packs, BriefingService briefings, MemoText text) {
        this.packs = packs;
        this.briefings = briefings;
        this.text = text;
    }

    @PostMapping("/briefings/{meetingId}/pack")
    String start(@PathVariable long meetingId, AsOf asOf, Locale locale) {
        return "redirect:/briefing-packs/" + packs.start(meetingId, asOf.chosen() ? asOf.date() : null, locale);
    }

    @GetMapping("/briefing-packs/{id}")
    String progress(@PathVariable String id, @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model, Locale locale) {
        BriefingPack pack = packs.find(id).orElseThrow(() -> new NotFoundException("briefing.packNotFound", id));
        model.addAttribute("pack", pack);
        model.addAttribute("meetingName", briefings.localizedName(briefings.meeting(pack.meetingId()), locale));
        return "true".equals(htmx) ? "briefings/pack :: progress" : "briefings/pack";
    }

    @GetMapping("/briefing-packs/{id}/pack.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String id) {
        byte[] pdf = packs.pdf(id).orElseThrow(() -> new NotFoundException("briefing.packNotFound", id));
        return Download.attachment(pdf, "briefing-pack-" + id + ".pdf", Download.PDF);
    }

    /** Every invited state's lines (every state before invitations are prepared). */
    @GetMapping("/briefings/{meetingId}/lines.csv")
    ResponseEntity<String> lines(@PathVariable long meetingId, AsOf asOf, Locale locale) throws Exception {
        Meeting meeting = briefings.meeting(meetingId);
        java.time.LocalDate date = asOf.chosen() ? asOf.date() : briefings.defaultDate(meeting);
        MemoText.Words w = text.in(locale);
        StringBuilder out = new StringBuilder();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            csv.printRecord(w.msg("briefing.csv.state"), w.msg("briefing.csv.iso3"), w.msg("briefing.csv.status"),
                    w.msg("briefing.csv.line"), w.msg("briefing.csv.reason"));
            for (String iso3 : briefings.statesOf(meeting, date)) {
                BriefingMemo memo = briefings.memo(meeting, iso3, date, locale, false);
                for (PrepareLine line : memo.prepare()) {
                    List<String> row = new ArrayList<>(List.of(memo.stateName(), iso3,
                            w.msg(memo.state().status().messageKey()), w.line(line), w.reason(line)));
                    csv.printRecord(row);
                }
            }
        }
        return Download.attachment(out.toString(),
                "briefing-lines-" + Download.slug(meeting.shortName()) + "-" + date + ".csv", Download.CSV);
    }

    @PostMapping("/briefings/{meetingId}/{iso3}/send")
    String send(@PathVariable long meetingId, @PathVariable String iso3, AsOf asOf, Locale locale,
            RedirectAttributes redirect) {
        briefings.requestByMail(meetingId, iso3, asOf.chosen() ? asOf.date() : null, locale);
        redirect.addFlashAttribute("notice", "briefing.sent");
        redirect.addAttribute("lang", locale.getLanguage());
        if (asOf.chosen()) {
            redirect.addAttribute("asOf", asOf.date());
        }
        return "redirect:/briefings/" + meetingId + "/" + iso3.toUpperCase(Locale.ROOT);
    }

}

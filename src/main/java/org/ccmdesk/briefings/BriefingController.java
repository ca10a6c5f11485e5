package org.ccmdesk.briefings;

import java.util.Locale;
import java.util.Map;

import org.ccmdesk.system.AsOf;
import org.ccmdesk.system.Download;
import org.ccmdesk.system.PdfDocuments;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A state's briefing memo for a meeting: the page, its PDF and its Markdown, as of the
 * chosen date (else the day the invitations were sent, else the meeting's first day), in
 * the language of the request ({@code lang}).
 */
@Controller
class BriefingController {

    static final MediaType MARKDOWN = new MediaType("text", "markdown", java.nio.charset.StandardCharsets.UTF_8);

    private final BriefingService briefings;

    private final MemoText text;

    private final PdfDocuments pdfs;

    private final BriefingMarkdown markdown;

    BriefingController(BriefingService briefings, MemoText text, PdfDocuments pdfs, BriefingMarkdown markdown) {
        this.briefings = briefings;
        this.text = text;
        this.pdfs = pdfs;
        this.markdown = markdown;
    }

    @GetMapping("/briefings/{meetingId}/{iso3}")
    String memo(@PathVariable long meetingId, @PathVariable String iso3, AsOf asOf, Locale locale, Model model) {
        BriefingMemo memo = briefings.memo(meetingId, iso3, asOf.chosen() ? asOf.date() : null, locale);
        MemoText.Words w = text.in(locale);
        model.addAttribute("memo", memo);
        model.addAttribute("view", MemoText.View.of(memo, w));
        model.addAttribute("w", w);
        return "briefings/memo";
    }

    @GetMapping("/briefings/{meetingId}/{iso3}/memo.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long meetingId, @PathVariable String iso3, AsOf asOf, Locale locale) {
        BriefingMemo memo = briefings.memo(meetingId, iso3, asOf.chosen() ? asOf.date() : null, locale);
        MemoText.Words w = text.in(locale);
        byte[] pdf = pdfs.render("briefings/memo-print", locale,
                Map.of("views", java.util.List.of(MemoText.View.of(memo, w)), "w", w));
        return Download.attachment(pdf, memo.fileName("pdf"), Download.PDF);
    }

    @GetMapping("/briefings/{meetingId}/{iso3}/memo.md")
    ResponseEntity<String> markdown(@PathVariable long meetingId, @PathVariable String iso3, AsOf asOf, Locale locale) {
        BriefingMemo memo = briefings.memo(meetingId, iso3, asOf.chosen() ? asOf.date() : null, locale);
        return Download.attachment(markdown.of(memo, text.in(locale)), memo.fileName("md"), MARKDOWN);
    }

}

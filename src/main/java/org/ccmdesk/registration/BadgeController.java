package org.ccmdesk.registration;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ccmdesk.system.Download;
import org.ccmdesk.meetings.Meeting;
import org.ccmdesk.system.NotFoundException;
import org.ccmdesk.system.PdfDocuments;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Badges as PDF (secretariat): all of a meeting's approved participants, or one
 * reprinted.
 */
@Controller
class BadgeController {

    private final Badges badges;

    private final ParticipantLists lists;

    private final RegistrationQueries registrations;

    private final PdfDocuments pdf;

    BadgeController(Badges badges, ParticipantLists lists, RegistrationQueries registrations, PdfDocuments pdf) {
        this.badges = badges;
        this.lists = lists;
        this.registrations = registrations;
        this.pdf = pdf;
    }

    @GetMapping("/meetings/{id}/badges.pdf")
    ResponseEntity<byte[]> meeting(@PathVariable long id, @RequestParam(defaultValue = "sheet") String layout,
            Locale locale) {
        BadgeLayout chosen = BadgeLayout.parse(layout);
        Meeting meeting = lists.meeting(id, locale);
        byte[] document = render(meeting, badges.of(meeting, locale), chosen, locale);
        return Download.attachment(document,
                "badges-" + Download.slug(meeting.shortName()) + "-" + chosen.parameter() + ".pdf", Download.PDF);
    }

    /**
     * A lost or misspelt badge, printed again on the badge printer; only for an approved
     * registration.
     */
    @GetMapping("/registrations/{id}/badge.pdf")
    ResponseEntity<byte[]> reprint(@PathVariable long id, Locale locale) {
        Registration registration = registrations.find(id)
            .orElseThrow(() -> new NotFoundException("registration.notFound", id));
        if (registration.status() != RegistrationStatus.APPROVED) {
            throw new DocumentUnavailable("badge.notApproved");
        }
        Meeting meeting = lists.meeting(registration.meetingId(), locale);
        Badge badge = badges.one(meeting, id, locale).orElseThrow(() -> new DocumentUnavailable("badge.notApproved"));
        byte[] document = render(meeting, List.of(badge), BadgeLayout.SINGLE, locale);
        return Download.attachment(document, "badge-" + Download.slug(meeting.shortName()) + "-" + id + ".pdf",
                Download.PDF);
    }

    private byte[] render(Meeting meeting, List<Badge> all, BadgeLayout layout, Locale locale) {
        return pdf.render("registration/badges", locale,
                Map.of("meeting", meeting, "layout", layout.parameter(), "badges", all, "sheets", sheets(all)));
    }

    /**
     * The badges by A4 sheet, each sheet by row of two, so that the template only lays
     * them out.
     */
    static List<List<List<Badge>>> sheets(List<Badge> all) {
        List<List<List<Badge>>> sheets = new ArrayList<>();
        for (int start = 0; start < all.size(); start += BadgeLayout.PER_SHEET) {
            List<Badge> sheet = all.subList(start, Math.min(all.size(), start + BadgeLayout.PER_SHEET));
            List<List<Badge>> rows = new ArrayList<>();
            for (int row = 0; row < sheet.size(); row += 2) {
                rows.add(sheet.subList(row, Math.min(sheet.size(), row + 2)));
            }
            sheets.add(rows);
        }
        return sheets;
    }

}

package org.ccmdesk.registration;

import java.util.Locale;
import java.util.Map;

import org.ccmdesk.system.Download;
import org.ccmdesk.meetings.Meeting;
import org.ccmdesk.registration.ParticipantList.Member;
import org.ccmdesk.system.PdfDocuments;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The list of participants of a meeting: the public page shows the approved people who
 * agreed to appear on it, without contact details; the secretariat downloads the full
 * list (PDF, CSV, Excel).
 */
@Controller
class ParticipantListController {

    private final ParticipantLists lists;

    private final PdfDocuments pdf;

    private final MessageSource messages;

    private final RegistrationQueries queries;

    private final RegistrationList registrations;

    private final RegistrationViews views;

    ParticipantListController(ParticipantLists lists, PdfDocuments pdf, MessageSource messages,
            RegistrationQueries queries, RegistrationList registrations, RegistrationViews views) {
        this.registrations = registrations;
        this.views = views;
        this.queries = queries;
        this.lists = lists;
        this.pdf = pdf;
        this.messages = messages;
    }

    @GetMapping("/meetings/{id}/participants")
    String page(@PathVariable long id, Locale locale, Model model) {
        Meeting meeting = lists.meeting(id, locale);
        ParticipantList<Member> full = lists.full(meeting, locale);
        model.addAttribute("meeting", meeting);
        model.addAttribute("list", ParticipantList.publicList(full));
        model.addAttribute("approvedDelegations", full.delegations());
        model.addAttribute("approvedParticipants", full.participants());
        model.addAttribute("statistics", queries.statistics(id));
        return "registration/participants";
    }

    @GetMapping("/meetings/{id}/participants.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id, Locale locale) {
        Meeting meeting = lists.meeting(id, locale);
        byte[] document = pdf.render("registration/participants-print", locale,
                Map.of("meeting", meeting, "list", lists.full(meeting, locale)));
        return Download.attachment(document, fileName(meeting, "pdf"), Download.PDF);
    }

    @GetMapping("/meetings/{id}/participants.csv")
    ResponseEntity<String> csv(@PathVariable long id, Locale locale) {
        Meeting meeting = lists.meeting(id, locale);
        String csv = export(meeting, locale).list(lists.full(meeting, locale)).csv();
        return Download.attachment(csv, fileName(meeting, "csv"), Download.CSV);
    }

    @GetMapping("/meetings/{id}/participants.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable long id, Locale locale) {
        Meeting meeting = lists.meeting(id, locale);
        byte[] xlsx = export(meeting, locale).list(lists.full(meeting, locale)).xlsx(meeting.shortName());
        return Download.attachment(xlsx, fileName(meeting, "xlsx"), Download.XLSX);
    }

    private ParticipantListExport export(Meeting meeting, Locale locale) {
        return new ParticipantListExport(messages, locale, registrations.byId(meeting, locale),
                views.stateNames(locale));
    }

    private static String fileName(Meeting meeting, String extension) {
        return "participants-" + Download.slug(meeting.shortName()) + "." + extension;
    }

}

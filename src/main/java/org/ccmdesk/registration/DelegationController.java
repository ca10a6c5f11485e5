package org.ccmdesk.registration;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.ccmdesk.meetings.Meeting;
import org.ccmdesk.meetings.MeetingService;
import org.ccmdesk.states.Party;
import org.ccmdesk.system.Download;
import org.ccmdesk.system.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A delegation's page for one meeting (its focal points and the secretariat): its members
 * and their registrations, the memo's advice on its composition, its credentials.
 */
@Controller
class DelegationController {

    private final RegistrationQueries queries;

    private final RegistrationAccess access;

    private final RegistrationViews views;

    private final DelegationAdvisor advisor;

    private final CredentialStore credentials;

    private final MeetingService meetings;

    private final Clock clock;

    private final ObjectProvider<SponsoredCosts> sponsored;

    DelegationController(RegistrationQueries queries, RegistrationAccess access, RegistrationViews views,
            DelegationAdvisor advisor, CredentialStore credentials, MeetingService meetings, Clock clock,
            ObjectProvider<SponsoredCosts> sponsored) {
        this.sponsored = sponsored;
        this.queries = queries;
        this.access = access;
        this.views = views;
        this.advisor = advisor;
        this.credentials = credentials;
        this.meetings = meetings;
        this.clock = clock;
    }

    @GetMapping("/meetings/{id}/delegations/{delegation}")
    String show(@PathVariable long id, @PathVariable String delegation, Locale locale, Model model) {
        Meeting meeting = meeting(id);
        Party d = delegation(delegation);
        access.checkCanActFor(d);
        List<RegistrationRow> rows = views.rows(queries.forDelegation(id, d), locale);
        Set<Long> registered = rows.stream().map(r -> r.participant().id()).collect(Collectors.toSet());
        model.addAttribute("meeting", meeting);
        model.addAttribute("delegation", d);
        model.addAttribute("advice", advisor.adviceFor(id, d, locale));
        model.addAttribute("rows", rows);
        model.addAttribute("others",
                queries.participantsOf(d).stream().filter(p -> !registered.contains(p.id())).toList());
        model.addAttribute("credentials", credentials.of(id, d));
        model.addAttribute("registrationState", meeting.registrationOn(LocalDate.now(clock)));
        SponsoredCosts costs = sponsored.getIfAvailable();
        model.addAttribute("sponsorships", costs == null ? java.util.Map.of() : costs.itemsOfMeeting(id));
        return "registration/delegation";
    }

    /**
     * The way in: a focal point goes to its (first) delegation, the secretariat to the
     * one it chose.
     */
    @GetMapping("/meetings/{id}/delegations")
    String choose(@PathVariable long id, @RequestParam(required = false) String delegation, Locale locale) {
        meeting(id);
        if (delegation != null && !delegation.isBlank()) {
            return "redirect:/meetings/" + id + "/delegations/" + delegation(delegation).key();
        }
        List<DelegationOption> mine = views.delegationsOf(RegistrationAccess.user(), locale);
        return mine.isEmpty() ? "redirect:/meetings/" + id + "/registrations"
                : "redirect:/meetings/" + id + "/delegations/" + mine.get(0).key();
    }

    @PostMapping("/meetings/{id}/delegations/{delegation}/credentials")
    String upload(@PathVariable long id, @PathVariable String delegation,
            @RequestParam(required = false) MultipartFile file, Locale locale, Model model,
            jakarta.servlet.http.HttpServletResponse response, RedirectAttributes redirect) {
        meeting(id);
        Party d = delegation(delegation);
        try {
            credentials.store(id, d, file);
        }
        catch (org.ccmdesk.system.RuleViolation refused) {
            // the error on the form, on the delegation's page, not an error page
            model.addAttribute("credentialsError", refused.messageKey());
            model.addAttribute("credentialsErrorArguments", refused.arguments());
            String page = show(id, delegation, locale, model);
            response.setStatus(jakarta.servlet.http.HttpServletResponse.SC_BAD_REQUEST);
            return page;
        }
        redirect.addFlashAttribute("notice", "credentials.uploaded");
        return "redirect:/meetings/" + id + "/delegations/" + d.key();
    }

    @GetMapping("/credentials/{id}")
    ResponseEntity<byte[]> download(@PathVariable long id) {
        Map.Entry<String, byte[]> file = credentials.read(id);
        return Download.attachment(file.getValue(), file.getKey(), Download.PDF);
    }

    private static Party delegation(String text) {
        return Party.parse(text).orElseThrow(() -> new NotFoundException("delegation.notFound", text));
    }

    private Meeting meeting(long id) {
        return meetings.find(id).orElseThrow(() -> new NotFoundException("registration.meetingNotFound", id));
    }

}

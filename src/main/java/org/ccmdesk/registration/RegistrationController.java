package org.ccmdesk.registration;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.validation.Valid;

import org.ccmdesk.meetings.Meeting;
import org.ccmdesk.meetings.RegistrationState;
import org.ccmdesk.meetings.MeetingService;
import org.ccmdesk.system.ActingUser;
import org.ccmdesk.system.FormSubmission;
import org.ccmdesk.system.NotFoundException;
import org.ccmdesk.system.RuleViolation;
import org.ccmdesk.system.StatusConflict;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.beans.factory.ObjectProvider;
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
 * The registration form (one person, the meetings of the series ticked), and one
 * registration's page with what the signed-in user may do with it.
 */
@Controller
class RegistrationController {

    private final RegistrationDesk desk;

    private final RegistrationQueries queries;

    private final RegistrationAccess access;

    private final RegistrationViews views;

    private final MeetingService meetings;

    private final Clock clock;

    private final ObjectProvider<SponsoredCosts> sponsored;

    RegistrationController(RegistrationDesk desk, RegistrationQueries queries, RegistrationAccess access,
            RegistrationViews views, MeetingService meetings, Clock clock, ObjectProvider<SponsoredCosts> sponsored) {
        this.sponsored = sponsored;
        this.desk = desk;
        this.queries = queries;
        this.access = access;
        this.views = views;
        this.meetings = meetings;
        this.clock = clock;
    }

    @GetMapping("/meetings/{id}/register")
    String initForm(@PathVariable long id, @RequestParam(required = false) Long participant, Model model,
            RedirectAttributes redirect) {
        Meeting meeting = meeting(id);
        Participant person = participant == null
                ? queries.participantByEmail(RegistrationAccess.user().email()).orElse(null)
                : queries.participant(participant)
                    .orElseThrow(() -> new NotFoundException("participant.notFound", participant));
        if (person == null) {
            redirect.addFlashAttribute("problem", "registration.profileFirst");
            return "redirect:/profile?meeting=" + id;
        }
        if (!model.containsAttribute("registerForm")) {
            model.addAttribute("registerForm", RegisterForm.forParticipant(person.id(), id));
        }
        return page(meeting, person, model);
    }

    @PostMapping("/meetings/{id}/register")
    String processForm(@PathVariable long id, @Valid @ModelAttribute RegisterForm registerForm, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        Meeting meeting = meeting(id);
        if (registerForm.participantId() == null) {
            throw new RuleViolation("participantId", "participant.notFound", "-");
        }
        Participant person = queries.participant(registerForm.participantId())
            .orElseThrow(() -> new NotFoundException("participant.notFound", registerForm.participantId()));
        try {
            Optional<List<Long>> created = FormSubmission.attempt(errors, () -> desk.register(id, registerForm));
            if (created.isPresent()) {
                redirect.addFlashAttribute("notice", "registration.submitted");
                return afterRegistration(person, id, created.get().get(0));
            }
        }
        catch (AlreadyRegistered already) {
            redirect.addFlashAttribute("problem", "registration.alreadyRegistered");
            return "redirect:/registrations/" + already.registrationId();
        }
        // A value the form's record could not hold (an unknown role) leaves the model's
        // form
        // empty: the page is shown again with what could be read, and the field's error.
        model.addAttribute("registerForm", registerForm);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "registerForm", errors);
        return page(meeting, person, model);
    }

    private String afterRegistration(Participant person, long meetingId, long firstId) {
        ActingUser user = RegistrationAccess.user();
        return RegistrationAccess.canActFor(user, person.delegation()) && !user.isSecretariat()
                ? "redirect:/meetings/" + meetingId + "/delegations/" + person.delegation().key()
                : "redirect:/registrations/" + firstId;
    }

    private String page(Meeting meeting, Participant person, Model model) {
        if (!RegistrationAccess.canSee(RegistrationAccess.user(), person, person.delegation())) {
            throw new AccessDeniedException("participant " + person.id());
        }
        LocalDate today = LocalDate.now(clock);
        List<Meeting> series = Stream.concat(Stream.of(meeting), meetings.related(meeting).stream())
            .sorted(java.util.Comparator.comparing(Meeting::firstDay))
            .toList();
        Map<Long, Registration> existing = queries.forParticipant(person.id())
            .stream()
            .collect(Collectors.toMap(Registration::meetingId, Function.identity()));
        model.addAttribute("meeting", meeting);
        model.addAttribute("series", series);
        model.addAttribute("states",
                series.stream().collect(Collectors.toMap(Meeting::id, m -> m.registrationOn(today))));
        model.addAttribute("existing", existing);
        // the secretariat registers outside the window too (late); others only while open
        model.addAttribute("anyOpen", RegistrationAccess.user().isSecretariat() || series.stream()
            .anyMatch(m -> m.registrationByCcmDesk() && m.registrationOn(today) == RegistrationState.OPEN));
        model.addAttribute("person", person);
        model.addAttribute("roles", DelegationRole.values());
        model.addAttribute("secretariat", RegistrationAccess.user().isSecretariat());
        model.addAttribute("passportExpires", person.passportTooShortFor(meeting.lastDay()));
        model.addAttribute("passportExpiry", person.passportExpiry());
        return "registration/register";
    }

    @GetMapping("/registrations/{id}")
    String show(@PathVariable long id, Locale locale, Model model) {
        Registration registration = access.checkCanSee(id);
        RegistrationRow row = views.rows(List.of(registration), locale).get(0);
        Meeting meeting = meeting(registration.meetingId());
        ActingUser user = RegistrationAccess.user();
        model.addAttribute("row", row);
        model.addAttribute("meeting", meeting);
        model.addAttribute("canDecide", user.isSecretariat());
        model.addAttribute("canConfirm", RegistrationAccess.canActFor(user, registration.delegation()));
        model.addAttribute("passportExpires", row.participant().passportTooShortFor(meeting.lastDay()));
        model.addAttribute("passportExpiry", row.participant().passportExpiry());
        SponsoredCosts costs = sponsored.getIfAvailable();
        model.addAttribute("sponsorship", costs == null ? java.util.Map.of() : costs.itemsOf(id));
        return "registration/show";
    }

    @PostMapping("/registrations/{id}/withdraw")
    String withdraw(@PathVariable long id, @RequestParam(required = false) String confirm,
            RedirectAttributes redirect) {
        if (!"yes".equals(confirm)) {
            redirect.addFlashAttribute("problem", "registration.confirmWithdraw");
            return "redirect:/registrations/" + id;
        }
        return changed(id, () -> desk.withdraw(id), "registration.withdrawn", redirect);
    }

    @PostMapping("/registrations/{id}/confirm")
    String confirm(@PathVariable long id, RedirectAttributes redirect) {
        return changed(id, () -> desk.confirm(id), "registration.confirmed", redirect);
    }

    @PostMapping("/registrations/{id}/approve")
    String approve(@PathVariable long id, RedirectAttributes redirect) {
        if (queries.find(id).isEmpty()) {
            throw new NotFoundException("registration.notFound", id);
        }
        boolean approved = desk.approve(List.of(id)) == 1;
        redirect.addFlashAttribute(approved ? "notice" : "problem",
                approved ? "registration.approvedOne" : "registration.notApprovable");
        return "redirect:/registrations/" + id;
    }

    @PostMapping("/registrations/{id}/reject")
    String reject(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return changed(id, () -> desk.reject(id, reason), "registration.rejected", redirect);
    }

    /**
     * A change of status, or the page saying it was refused (someone else changed the
     * registration first).
     */
    private static String changed(long id, Runnable change, String notice, RedirectAttributes redirect) {
        try {
            change.run();
            redirect.addFlashAttribute("notice", notice);
        }
        catch (StatusConflict refused) {
            redirect.addFlashAttribute("problem", refused.messageKey());
        }
        return "redirect:/registrations/" + id;
    }

    private Meeting meeting(long id) {
        return meetings.find(id).orElseThrow(() -> new NotFoundException("registration.meetingNotFound", id));
    }

}

package org.ccmdesk.registration;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Locale;

import jakarta.validation.Valid;

import org.ccmdesk.system.ActingUser;
import org.ccmdesk.system.FormSubmission;
import org.ccmdesk.system.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A participant profile: one's own ({@code /profile}), a member of a delegation one acts
 * for ({@code ?participant=}), or a new member ({@code ?delegation=FRA}). With
 * {@code meeting=} the next step is the registration for that meeting.
 */
@Controller
class ProfileController {

    private final ParticipantProfiles profiles;

    private final RegistrationQueries queries;

    private final RegistrationViews views;

    private final Clock clock;

    private final int retentionDays;

    ProfileController(ParticipantProfiles profiles, RegistrationQueries queries, RegistrationViews views, Clock clock,
            PassportRetention retention) {
        this.clock = clock;
        this.retentionDays = retention.retentionDays();
        this.profiles = profiles;
        this.queries = queries;
        this.views = views;
    }

    @GetMapping("/profile")
    String initForm(@RequestParam(required = false) Long participant, @RequestParam(required = false) String delegation,
            @RequestParam(required = false) Long meeting, Locale locale, Model model) {
        ActingUser user = RegistrationAccess.user();
        if (!model.containsAttribute("profileForm")) {
            Participant existing = existing(participant, delegation, user);
            model.addAttribute("profileForm", existing != null ? ProfileForm.of(existing)
                    : ProfileForm.empty(delegation == null ? user.email() : null, delegation, locale.getLanguage()));
            model.addAttribute("participantId", existing == null ? null : existing.id());
        }
        return page(delegation != null && participant == null, meeting, locale, model);
    }

    @PostMapping("/profile")
    String processForm(@RequestParam(required = false) Long participant, @RequestParam(required = false) Long meeting,
            @RequestParam(defaultValue = "false") boolean member, @Valid @ModelAttribute ProfileForm profileForm,
            BindingResult errors, Locale locale, Model model, RedirectAttributes redirect) {
        ActingUser user = RegistrationAccess.user();
        ProfileForm form = withEmailAndLanguage(profileForm, participant == null && !member ? user.email() : null,
                locale);
        model.addAttribute("participantId", participant);
        Optional<Long> id = FormSubmission.attempt(errors, () -> profiles.save(participant, form));
        if (id.isPresent()) {
            if (form.passportExpiry() != null && form.passportExpiry().isBefore(LocalDate.now(clock))) {
                redirect.addFlashAttribute("problem", "participant.passportExpired");
            }
            redirect.addFlashAttribute("notice", "participant.saved");
            return meeting != null ? "redirect:/meetings/" + meeting + "/register?participant=" + id.get()
                    : "redirect:/profile?participant=" + id.get();
        }
        return page(member, meeting, locale, model);
    }

    private Participant existing(Long participant, String delegation, ActingUser user) {
        if (participant != null) {
            Participant p = queries.participant(participant)
                .orElseThrow(() -> new NotFoundException("participant.notFound", participant));
            if (!RegistrationAccess.canSee(user, p, p.delegation())) {
                throw new AccessDeniedException("participant " + participant);
            }
            return p;
        }
        return delegation == null ? queries.participantByEmail(user.email()).orElse(null) : null;
    }

    private String page(boolean member, Long meeting, Locale locale, Model model) {
        ActingUser user = RegistrationAccess.user();
        List<DelegationOption> all = views.allDelegations(locale);
        // one's own profile may name any delegation (to register oneself); a focal
        // point's new member only its own
        List<DelegationOption> delegations = !member || user.isSecretariat() ? all : views.delegationsOf(user, locale);
        List<DelegationOption> states = all.stream().filter(o -> o.party().isState()).toList();
        model.addAttribute("delegations", delegations);
        model.addAttribute("states", states);
        model.addAttribute("genders", Gender.values());
        model.addAttribute("member", member);
        model.addAttribute("meetingId", meeting);
        model.addAttribute("retentionDays", retentionDays);
        return "registration/profile";
    }

    /**
     * The form with {@code email} (one's own profile is under one's own address; null
     * keeps the form's) and, when none was chosen (a form of an older page), the page's
     * language.
     */
    private static ProfileForm withEmailAndLanguage(ProfileForm f, String email, Locale locale) {
        return new ProfileForm(email == null ? f.email() : email, f.givenNames(), f.familyName(), f.badgeName(),
                f.title(), f.jobFunction(), f.delegation(), f.phone(), f.nationality(), f.gender(), f.needsWheelchair(),
                f.needsSignLanguage(), f.needsLargePrint(), f.needsAssistant(), f.needsOther(), f.passportNumber(),
                f.passportIssuer(), f.passportExpiry(), f.birthDate(), f.birthPlace(),
                ProfileForm.languageOr(f.language(), ProfileForm.languageOr(locale.getLanguage(), "en")),
                f.publicSurvivorRole());
    }

}

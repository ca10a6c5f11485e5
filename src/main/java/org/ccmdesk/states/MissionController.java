package org.ccmdesk.states;

import java.util.Locale;

import jakarta.validation.Valid;

import org.ccmdesk.system.ActingUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The secretariat records how a state is written to in Geneva (mission kind and, without
 * a mission there, the ministry's address) on the state's page ({@link Missions}).
 */
@Controller
class MissionController {

    private final TreatyStatusService treaty;

    private final Missions missions;

    MissionController(TreatyStatusService treaty, Missions missions) {
        this.treaty = treaty;
        this.missions = missions;
    }

    @PostMapping("/states/{iso3}/mission")
    String record(@PathVariable String iso3, @Valid @ModelAttribute MissionForm missionForm, BindingResult errors,
            Locale locale, RedirectAttributes redirect) {
        ActingUser.current()
            .filter(ActingUser::isSecretariat)
            .orElseThrow(() -> new AccessDeniedException("only the secretariat records missions"));
        StateDetail state = treaty.detailOf(iso3, treaty.today(), locale)
            .orElseThrow(() -> new UnknownStateException(iso3));
        if (errors.hasErrors()) {
            redirect.addFlashAttribute("notice", "mission.invalid");
            return "redirect:/states/" + state.iso3();
        }
        missions.record(state.iso3(), missionForm.missionKind(), missionForm.address());
        redirect.addFlashAttribute("notice", "mission.saved");
        return "redirect:/states/" + state.iso3();
    }

}

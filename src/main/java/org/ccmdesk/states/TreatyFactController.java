package org.ccmdesk.states;

import java.time.LocalDate;
import java.util.Locale;

import jakarta.validation.Valid;

import org.ccmdesk.system.FormSubmission;
import org.ccmdesk.system.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The secretariat's forms: record a treaty event on the state page, correct one (with a
 * reason) on its own page.
 */
@Controller
class TreatyFactController {

    private final TreatyFacts facts;

    private final TreatyStatusService treaty;

    TreatyFactController(TreatyFacts facts, TreatyStatusService treaty) {
        this.facts = facts;
        this.treaty = treaty;
    }

    static String showPage(Model model, StateDetail state, LocalDate asOf, TreatyEventForm eventForm) {
        model.addAttribute("asOf", asOf);
        model.addAttribute("state", state);
        model.addAttribute("factSentences", state.facts().stream().map(FactSentence::of).toList());
        model.addAttribute("missionKinds", MissionKind.values());
        if (!model.containsAttribute("missionForm")) {
            model.addAttribute("missionForm", MissionForm.of(state.mission()));
        }
        model.addAttribute("eventKinds", TreatyEventKind.values());
        model.addAttribute("depositKinds", DepositKind.values());
        if (!model.containsAttribute("eventForm")) {
            model.addAttribute("eventForm", eventForm);
        }
        return "states/show";
    }

    @PostMapping("/states/{iso3}/events")
    ModelAndView record(@PathVariable String iso3, @Valid @ModelAttribute("eventForm") TreatyEventForm form,
            BindingResult errors, Locale locale, Model model, RedirectAttributes redirect) {
        if (FormSubmission.run(errors, () -> facts.record(iso3, form))) {
            redirect.addFlashAttribute("notice", "treatyFact.recorded");
            return new ModelAndView("redirect:/states/" + iso3.toUpperCase(Locale.ROOT));
        }
        return invalid(iso3, locale, model, form);
    }

    @GetMapping("/states/{iso3}/events/{kind}/correction")
    String initCorrectionForm(@PathVariable String iso3, @PathVariable TreatyEventKind kind, Locale locale,
            Model model) {
        StateDetail state = treaty.detailOf(iso3, treaty.today(), locale)
            .orElseThrow(() -> new UnknownStateException(iso3));
        RecordedEvent event = state.events()
            .stream()
            .filter(e -> e.kind() == kind)
            .findFirst()
            .orElseThrow(() -> new NotFoundException("treatyFact.nothingToCorrect"));
        model.addAttribute("correctionForm",
                new TreatyCorrectionForm(event.date(), event.depositKind(), event.source(), null));
        return correctionPage(model, state, event);
    }

    @PostMapping("/states/{iso3}/events/{kind}/correction")
    ModelAndView correct(@PathVariable String iso3, @PathVariable TreatyEventKind kind,
            @Valid @ModelAttribute("correctionForm") TreatyCorrectionForm form, BindingResult errors, Locale locale,
            Model model, RedirectAttributes redirect) {
        if (FormSubmission.run(errors, () -> facts.correct(iso3, kind, form))) {
            redirect.addFlashAttribute("notice", "treatyFact.corrected");
            return new ModelAndView("redirect:/states/" + iso3.toUpperCase(Locale.ROOT));
        }
        StateDetail state = treaty.detailOf(iso3, treaty.today(), locale)
            .orElseThrow(() -> new UnknownStateException(iso3));
        RecordedEvent event = state.events()
            .stream()
            .filter(e -> e.kind() == kind)
            .findFirst()
            .orElseThrow(() -> new NotFoundException("treatyFact.nothingToCorrect"));
        return new ModelAndView(correctionPage(model, state, event), model.asMap());
    }

    private static String correctionPage(Model model, StateDetail state, RecordedEvent event) {
        model.addAttribute("state", state);
        model.addAttribute("event", event);
        model.addAttribute("depositKinds", DepositKind.values());
        return "states/correction";
    }

    private ModelAndView invalid(String iso3, Locale locale, Model model, TreatyEventForm eventForm) {
        LocalDate today = treaty.today();
        StateDetail state = treaty.detailOf(iso3, today, locale).orElseThrow(() -> new UnknownStateException(iso3));
        String view = showPage(model, state, today, eventForm);
        ModelAndView page = new ModelAndView(view, model.asMap());
        page.setStatus(HttpStatus.BAD_REQUEST);
        return page;
    }

}

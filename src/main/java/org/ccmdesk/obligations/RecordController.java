package org.ccmdesk.obligations;

import java.util.Locale;

import jakarta.validation.Valid;

import org.ccmdesk.states.FlagValue;
import org.ccmdesk.states.StateFlag;
import org.ccmdesk.states.StateFlags;
import org.ccmdesk.states.TreatyStatusService;
import org.ccmdesk.states.UnknownStateException;
import org.ccmdesk.system.FormSubmission;
import org.ccmdesk.system.NotFoundException;
import org.ccmdesk.system.StatusConflict;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The forms to record what a state did (its focal point or the secretariat) and to verify
 * it (the secretariat).
 */
@Controller
class RecordController {

    private final ObligationService obligations;

    private final ObligationRecorder recorder;

    private final Verification verification;

    private final TreatyStatusService states;

    private final StateFlags flags;

    RecordController(ObligationService obligations, ObligationRecorder recorder, Verification verification,
            TreatyStatusService states, StateFlags flags) {
        this.obligations = obligations;
        this.recorder = recorder;
        this.verification = verification;
        this.states = states;
        this.flags = flags;
    }

    @GetMapping("/states/{iso3}/obligations/{instance}/record")
    String initRecordForm(@PathVariable String iso3, @PathVariable String instance, Locale locale, Model model) {
        model.addAttribute("fulfilmentForm", FulfilmentForm.empty());
        return recordPage(iso3, instance, locale, model);
    }

    @PostMapping("/states/{iso3}/obligations/{instance}/record")
    String processRecordForm(@PathVariable String iso3, @PathVariable String instance,
            @Valid @ModelAttribute FulfilmentForm fulfilmentForm, BindingResult errors,
            @RequestParam(required = false) MultipartFile document, org.ccmdesk.system.AsOf asOf, Locale locale,
            Model model, RedirectAttributes redirect) {
        if (FormSubmission.run(errors, () -> recorder.record(iso3, instance, fulfilmentForm, document))) {
            redirect.addFlashAttribute("notice", "obligation.recorded");
            return stateObligations(iso3, asOf);
        }
        return recordPage(iso3, instance, locale, model);
    }

    @GetMapping("/states/{iso3}/reports/voluntary")
    String initVoluntaryForm(@PathVariable String iso3, Locale locale, Model model) {
        model.addAttribute("fulfilmentForm", FulfilmentForm.empty());
        return recordPage(iso3, null, locale, model);
    }

    @PostMapping("/states/{iso3}/reports/voluntary")
    String processVoluntaryForm(@PathVariable String iso3, @Valid @ModelAttribute FulfilmentForm fulfilmentForm,
            BindingResult errors, @RequestParam(required = false) MultipartFile document, org.ccmdesk.system.AsOf asOf,
            Locale locale, Model model, RedirectAttributes redirect) {
        if (FormSubmission.run(errors, () -> recorder.recordVoluntaryReport(iso3, fulfilmentForm, document))) {
            redirect.addFlashAttribute("notice", "obligation.recorded");
            return stateObligations(iso3, asOf);
        }
        return recordPage(iso3, null, locale, model);
    }

    @GetMapping("/states/{iso3}/extensions/new")
    String initExtensionForm(@PathVariable String iso3, Locale locale, Model model) {
        model.addAttribute("extensionForm", ExtensionForm.empty());
        return extensionPage(iso3, locale, model);
    }

    @PostMapping("/states/{iso3}/extensions/new")
    String processExtensionForm(@PathVariable String iso3, @Valid @ModelAttribute ExtensionForm extensionForm,
            BindingResult errors, Locale locale, Model model, RedirectAttributes redirect) {
        if (FormSubmission.run(errors, () -> recorder.recordExtension(iso3, extensionForm))) {
            redirect.addFlashAttribute("notice", "extension.recorded");
            return "redirect:/states/" + iso3.toUpperCase(Locale.ROOT) + "/obligations";
        }
        return extensionPage(iso3, locale, model);
    }

    @PostMapping("/states/{iso3}/flags")
    String recordFlag(@PathVariable String iso3, @RequestParam StateFlag flag, @RequestParam FlagValue value,
            @RequestParam(required = false) String source, RedirectAttributes redirect) {
        if (source == null || source.isBlank() || source.length() > 2000) {
            redirect.addFlashAttribute("problem", "flag.sourceRequired");
        }
        else {
            flags.record(iso3, flag, value, source);
            redirect.addFlashAttribute("notice", "flag.recorded");
        }
        return "redirect:/states/" + iso3.toUpperCase(Locale.ROOT) + "/obligations";
    }

    @PostMapping("/fulfilments/{id}/verify")
    String verify(@PathVariable long id, RedirectAttributes redirect) {
        Fulfilment fulfilment = obligations.fulfilment(id)
            .orElseThrow(() -> new NotFoundException("obligation.nothingToVerify"));
        verified(() -> verification.verify(id), redirect);
        return "redirect:/states/" + fulfilment.iso3() + "/obligations";
    }

    @PostMapping("/extensions/{id}/verify")
    String verifyExtension(@PathVariable long id, RedirectAttributes redirect) {
        String iso3 = obligations.extension(id)
            .map(ExtensionRequest::iso3)
            .orElseThrow(() -> new NotFoundException("obligation.nothingToVerify"));
        verified(() -> verification.verifyExtension(id), redirect);
        return "redirect:/states/" + iso3 + "/obligations";
    }

    /** Verified now, or already (a double click, or a colleague a moment earlier). */
    private static void verified(Runnable verify, RedirectAttributes redirect) {
        try {
            verify.run();
            redirect.addFlashAttribute("notice", "obligation.verified");
        }
        catch (StatusConflict already) {
            redirect.addFlashAttribute("problem", already.messageKey());
        }
    }

    private String recordPage(String iso3, String instance, Locale locale, Model model) {
        var state = states.detailOf(iso3, states.today(), locale).orElseThrow(() -> new UnknownStateException(iso3));
        mayActFor(state.iso3());
        model.addAttribute("state", state);
        if (instance != null) {
            Obligation obligation = obligations.forState(state.iso3(), states.today(), locale)
                .stream()
                .filter(o -> o.instance().equals(instance))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("obligation.unknownInstance", instance));
            model.addAttribute("obligation", obligation);
            model.addAttribute("isReport", obligation.theme() == Theme.TRANSPARENCY);
        }
        else {
            model.addAttribute("isReport", true);
        }
        return "obligations/record";
    }

    /** Back to the state's obligations, on the date the user had chosen (if any). */
    private static String stateObligations(String iso3, org.ccmdesk.system.AsOf asOf) {
        return "redirect:/states/" + iso3.trim().toUpperCase(Locale.ROOT) + "/obligations"
                + (asOf.chosen() ? "?asOf=" + asOf.query() : "");
    }

    /**
     * A form is refused at its GET already (403) to a user who could not submit it: a
     * focal point of another state.
     */
    private static void mayActFor(String iso3) {
        if (!org.ccmdesk.system.ActingUser.current().map(u -> u.canActForState(iso3)).orElse(false)) {
            throw new org.springframework.security.access.AccessDeniedException("not allowed to record for " + iso3);
        }
    }

    private String extensionPage(String iso3, Locale locale, Model model) {
        var state = states.detailOf(iso3, states.today(), locale).orElseThrow(() -> new UnknownStateException(iso3));
        mayActFor(state.iso3());
        model.addAttribute("state", state);
        model.addAttribute("extendable", obligations.rules().stream().filter(r -> r.extensionYears() != null).toList());
        model.addAttribute("decisions", ExtensionDecision.values());
        return "obligations/extension";
    }

}

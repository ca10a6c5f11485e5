package org.ccmdesk.statements;

import java.time.LocalDate;
import java.util.Locale;

import jakarta.validation.Valid;

import org.ccmdesk.states.TreatyStatusService;
import org.ccmdesk.system.AsOf;
import org.ccmdesk.system.Download;
import org.ccmdesk.system.FormSubmission;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
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
 * Reports of use and their condemnation tables (public, as of a date; CSV and Excel);
 * recording a use or a condemnation made elsewhere (secretariat).
 */
@Controller
class UseController {

    private final UseReports uses;

    private final PartyNames names;

    private final TreatyStatusService treaty;

    UseController(UseReports uses, PartyNames names, TreatyStatusService treaty) {
        this.uses = uses;
        this.names = names;
        this.treaty = treaty;
    }

    @GetMapping("/uses")
    String list(AsOf chosen, Locale locale, Model model) {
        model.addAttribute("uses", uses.all());
        model.addAttribute("countryNames", names.all(chosen.date(), locale));
        model.addAttribute("asOf", chosen.date());
        model.addAttribute("asOfQuery", chosen.query());
        return "statements/uses";
    }

    @GetMapping("/uses/{id}")
    String table(@PathVariable long id, AsOf chosen, Locale locale, Model model) {
        model.addAttribute("table", uses.table(id, chosen.date(), locale));
        model.addAttribute("asOf", chosen.date());
        model.addAttribute("asOfQuery", chosen.query());
        if (!model.containsAttribute("condemnation")) {
            model.addAttribute("condemnation", CondemnationForm.empty(id));
        }
        return "statements/use";
    }

    @GetMapping("/uses/{id}/condemnations.csv")
    ResponseEntity<String> csv(@PathVariable long id, LocalDate asOf, Locale locale) {
        CondemnationTable table = uses.table(id, asOf, locale);
        return Download.attachment(CondemnationExport.csv(table), fileName(table) + ".csv", Download.CSV);
    }

    @GetMapping("/uses/{id}/condemnations.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable long id, LocalDate asOf, Locale locale) {
        CondemnationTable table = uses.table(id, asOf, locale);
        return Download.attachment(CondemnationExport.xlsx(table), fileName(table) + ".xlsx", Download.XLSX);
    }

    private static String fileName(CondemnationTable table) {
        return "ccm-condemnations-" + table.use().countryIso3().toLowerCase(Locale.ROOT) + "-" + table.use().id() + "-"
                + table.asOf();
    }

    @PostMapping("/uses/{id}/condemnations")
    ModelAndView condemn(@PathVariable long id, @Valid @ModelAttribute("condemnation") CondemnationForm form,
            BindingResult errors, Locale locale, Model model, RedirectAttributes redirect) {
        CondemnationForm forThisUse = new CondemnationForm(id, form.party(), form.date(), form.source(), form.link(),
                form.statementId());
        if (FormSubmission.run(errors, () -> uses.condemn(forThisUse))) {
            redirect.addFlashAttribute("notice", "uses.condemnationRecorded");
            return new ModelAndView("redirect:/uses/" + id);
        }
        ModelAndView page = new ModelAndView(table(id, new AsOf(treaty.today(), false), locale, model), model.asMap());
        page.setStatus(HttpStatus.BAD_REQUEST);
        return page;
    }

    @GetMapping("/admin/uses/new")
    String newUse(Locale locale, Model model) {
        if (!model.containsAttribute("use")) {
            model.addAttribute("use", UseForm.empty());
        }
        model.addAttribute("states", treaty.statusOfAll(treaty.today(), locale));
        return "statements/use-form";
    }

    @PostMapping("/admin/uses")
    ModelAndView recordUse(@Valid @ModelAttribute("use") UseForm form, BindingResult errors, Locale locale, Model model,
            RedirectAttributes redirect) {
        var created = FormSubmission.attempt(errors, () -> uses.record(form));
        if (created.isPresent()) {
            redirect.addFlashAttribute("notice", "uses.recorded");
            return new ModelAndView("redirect:/uses/" + created.get());
        }
        ModelAndView page = new ModelAndView(newUse(locale, model), model.asMap());
        page.setStatus(HttpStatus.BAD_REQUEST);
        return page;
    }

}

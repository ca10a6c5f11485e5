package org.ccmdesk.states;

import jakarta.validation.Valid;

import org.ccmdesk.system.FormSubmission;
import org.ccmdesk.system.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The secretariat keeps the list of organisations (admin pages). */
@Controller
class OrganisationController {

    private static final String FORM = "admin/organisation-form";

    private final OrganisationDirectory directory;

    OrganisationController(OrganisationDirectory directory) {
        this.directory = directory;
    }

    @GetMapping("/admin/organisations")
    String list(Model model) {
        model.addAttribute("organisations", directory.all());
        return "admin/organisations";
    }

    @GetMapping("/admin/organisations/new")
    String initCreationForm(Model model) {
        model.addAttribute("organisationForm", new OrganisationForm(null, null, null, true));
        model.addAttribute("kinds", OrganisationKind.values());
        return FORM;
    }

    @PostMapping("/admin/organisations/new")
    String processCreationForm(@Valid @ModelAttribute OrganisationForm organisationForm, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        if (FormSubmission.run(errors, () -> directory.create(organisationForm))) {
            redirect.addFlashAttribute("notice", "organisation.saved");
            return "redirect:/admin/organisations";
        }
        model.addAttribute("kinds", OrganisationKind.values());
        return FORM;
    }

    @GetMapping("/admin/organisations/{id}")
    String initUpdateForm(@PathVariable long id, Model model) {
        Organisation organisation = directory.find(id)
            .orElseThrow(() -> new NotFoundException("organisation.notFound", id));
        model.addAttribute("organisationForm", OrganisationForm.of(organisation));
        model.addAttribute("organisationId", id);
        model.addAttribute("kinds", OrganisationKind.values());
        return FORM;
    }

    @PostMapping("/admin/organisations/{id}")
    String processUpdateForm(@PathVariable long id, @Valid @ModelAttribute OrganisationForm organisationForm,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        if (FormSubmission.run(errors, () -> directory.update(id, organisationForm))) {
            redirect.addFlashAttribute("notice", "organisation.saved");
            return "redirect:/admin/organisations";
        }
        model.addAttribute("organisationId", id);
        model.addAttribute("kinds", OrganisationKind.values());
        return FORM;
    }

}

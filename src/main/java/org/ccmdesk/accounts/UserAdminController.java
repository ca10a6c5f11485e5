package org.ccmdesk.accounts;

import java.util.Locale;
import java.util.Optional;

import jakarta.validation.Valid;

import org.ccmdesk.states.OrganisationDirectory;
import org.ccmdesk.states.TreatyStatusService;
import org.ccmdesk.system.FormSubmission;
import org.ccmdesk.system.NotFoundException;
import org.ccmdesk.system.RuleViolation;
import org.ccmdesk.system.PageWindow;
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
 * The secretariat manages users: list and search, create, disable and re-enable, password
 * links, grants.
 */
@Controller
class UserAdminController {

    static final int PAGE_SIZE = 25;

    private final UserAccounts users;

    private final UserAdministration administration;

    private final OrganisationDirectory organisations;

    private final TreatyStatusService states;

    private final MailConfigured mail;

    UserAdminController(UserAccounts users, UserAdministration administration, OrganisationDirectory organisations,
            TreatyStatusService states, MailConfigured mail) {
        this.users = users;
        this.administration = administration;
        this.organisations = organisations;
        this.states = states;
        this.mail = mail;
    }

    @GetMapping("/admin/users")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) Role role,
            @RequestParam(defaultValue = "1") int page, Model model) {
        int total = users.countMatching(q, role);
        PageWindow window = PageWindow.of(total, page, PAGE_SIZE);
        model.addAttribute("users", users.search(q, role, window.offset(), PAGE_SIZE));
        model.addAttribute("q", q);
        model.addAttribute("role", role);
        model.addAttribute("roles", Role.values());
        model.addAttribute("total", total);
        model.addAttribute("page", window.page());
        model.addAttribute("pages", window.pages());
        return "admin/users";
    }

    @GetMapping("/admin/users/new")
    String initCreationForm(Model model, Locale locale) {
        model.addAttribute("createUserForm",
                new CreateUserForm(null, null, null, null, null, AccountLanguage.of(locale)));
        return creationForm(model);
    }

    @PostMapping("/admin/users/new")
    String processCreationForm(@Valid @ModelAttribute CreateUserForm createUserForm, BindingResult errors, Model model,
            Locale locale, RedirectAttributes redirect) {
        CreateUserForm form = createUserForm.withLanguage(AccountLanguage.chosenOr(createUserForm.language(), locale));
        Optional<String> link = FormSubmission.attempt(errors, () -> administration.create(form));
        if (link.isPresent()) {
            long id = users.findByEmail(form.email()).orElseThrow().id();
            redirect.addFlashAttribute("notice", "user.created");
            showLink(redirect, link.get(), UserAccounts.normalizeEmail(form.email()));
            return "redirect:/admin/users/" + id;
        }
        return creationForm(model);
    }

    @GetMapping("/admin/users/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("user", users.findSummary(id).orElseThrow(() -> new NotFoundException("user.notFound", id)));
        var all = states.statusOfAll(states.today(), org.springframework.context.i18n.LocaleContextHolder.getLocale());
        model.addAttribute("states", all);
        model.addAttribute("stateNames",
                all.stream()
                    .collect(java.util.stream.Collectors.toMap(org.ccmdesk.states.StateStatus::iso3,
                            org.ccmdesk.states.StateStatus::name)));
        model.addAttribute("organisations", organisations.all());
        return "admin/user";
    }

    @PostMapping("/admin/users/{id}/disable")
    String disable(@PathVariable long id, @RequestParam(required = false) String confirm, RedirectAttributes redirect) {
        if (!"yes".equals(confirm)) {
            redirect.addFlashAttribute("problem", "user.confirmDisable");
            return "redirect:/admin/users/" + id;
        }
        administration.setEnabled(id, false);
        redirect.addFlashAttribute("notice", "user.disabled");
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/admin/users/{id}/enable")
    String enable(@PathVariable long id, RedirectAttributes redirect) {
        administration.setEnabled(id, true);
        redirect.addFlashAttribute("notice", "user.enabled");
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/admin/users/{id}/password-link")
    String passwordLink(@PathVariable long id, RedirectAttributes redirect) {
        String link = administration.issuePasswordLink(id);
        showLink(redirect, link, users.findSummary(id).orElseThrow().email());
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/admin/users/{id}/grants")
    String grant(@PathVariable long id, @RequestParam(required = false) String state,
            @RequestParam(required = false) Long organisation, RedirectAttributes redirect) {
        try {
            if (state != null && !state.isBlank()) {
                administration.grantState(id, state);
            }
            else if (organisation != null) {
                administration.grantOrganisation(id, organisation);
            }
            else {
                throw new RuleViolation("state", "user.focalPointNeedsOne");
            }
            redirect.addFlashAttribute("notice", "user.granted");
        }
        catch (RuleViolation violation) {
            redirect.addFlashAttribute("problem", violation.messageKey());
        }
        return "redirect:/admin/users/" + id;
    }

    private String creationForm(Model model) {
        model.addAttribute("roles", Role.values());
        model.addAttribute("languages", AccountLanguage.CODES);
        model.addAttribute("states",
                states.statusOfAll(states.today(), org.springframework.context.i18n.LocaleContextHolder.getLocale()));
        model.addAttribute("organisations", organisations.all());
        return "admin/user-form";
    }

    /**
     * The link went to the user by mail; only when no mail server is configured does the
     * page show it, for the secretariat to pass on.
     */
    private void showLink(RedirectAttributes redirect, String link, String email) {
        if (mail.yes()) {
            redirect.addFlashAttribute("linkSentTo", email);
        }
        else {
            redirect.addFlashAttribute("passwordLink", link);
        }
    }

}

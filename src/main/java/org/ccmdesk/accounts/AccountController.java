package org.ccmdesk.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;

import org.ccmdesk.system.FormSubmission;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The signed-in user's own account: profile, the language of their messages, recent
 * logins, password, personal API tokens.
 */
@Controller
class AccountController {

    private final UserAccounts users;

    private final UserAdministration administration;

    private final LoginAttempts logins;

    private final ApiTokens tokens;

    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    AccountController(UserAccounts users, UserAdministration administration, LoginAttempts logins, ApiTokens tokens) {
        this.users = users;
        this.administration = administration;
        this.logins = logins;
        this.tokens = tokens;
    }

    @GetMapping("/account")
    String account(@AuthenticationPrincipal CcmUser user, Model model) {
        UserSummary account = users.findSummary(user.id()).orElseThrow();
        model.addAttribute("account", account);
        model.addAttribute("logins", logins.recent(user.email(), 10));
        model.addAttribute("tokens", tokens.list(user.id()));
        if (!model.containsAttribute("apiTokenForm")) {
            model.addAttribute("apiTokenForm", new ApiTokenForm(null));
        }
        if (!model.containsAttribute("languageForm")) {
            model.addAttribute("languageForm", new LanguageForm(account.language()));
        }
        model.addAttribute("languages", AccountLanguage.CODES);
        return "account/account";
    }

    @PostMapping("/account/language")
    String changeLanguage(@AuthenticationPrincipal CcmUser user, @Valid @ModelAttribute LanguageForm languageForm,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        if (FormSubmission.run(errors, () -> administration.changeLanguage(user.id(), languageForm.language()))) {
            redirect.addFlashAttribute("notice", "account.languageChanged");
            return "redirect:/account";
        }
        return account(user, model);
    }

    @GetMapping("/account/password")
    String initPasswordForm(Model model) {
        model.addAttribute("changePasswordForm", ChangePasswordForm.empty());
        return "account/password";
    }

    @PostMapping("/account/password")
    String processPasswordForm(@AuthenticationPrincipal CcmUser user,
            @Valid @ModelAttribute ChangePasswordForm changePasswordForm, BindingResult errors,
            HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        if (!errors.hasErrors() && !changePasswordForm.newPassword().equals(changePasswordForm.confirmation())) {
            errors.rejectValue("confirmation", "password.mismatch");
        }
        HttpSession session = request.getSession(false);
        String sessionId = session == null ? null : session.getId();
        if (FormSubmission.run(errors,
                () -> administration.changeOwnPassword(user.id(), changePasswordForm.currentPassword(),
                        changePasswordForm.newPassword(), sessionId,
                        Boolean.TRUE.equals(changePasswordForm.revokeTokens())))) {
            refreshSignedInUser(user.id(), request, response);
            redirect.addFlashAttribute("notice", "password.changed");
            return "redirect:/account";
        }
        return "account/password";
    }

    @PostMapping("/account/tokens")
    String createToken(@AuthenticationPrincipal CcmUser user, @Valid @ModelAttribute ApiTokenForm apiTokenForm,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return account(user, model);
        }
        redirect.addFlashAttribute("newToken", tokens.create(user.id(), apiTokenForm.name().trim()));
        return "redirect:/account";
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revokeToken(@AuthenticationPrincipal CcmUser user, @PathVariable long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("notice", tokens.revoke(user.id(), id) ? "token.revoked" : "token.notRevoked");
        return "redirect:/account";
    }

    /**
     * The session keeps the new state of the user (no more forced change) under a new
     * session id.
     */
    private void refreshSignedInUser(long userId, HttpServletRequest request, HttpServletResponse response) {
        CcmUser fresh = users.findPrincipal(userId).orElseThrow();
        fresh.eraseCredentials();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context
            .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(fresh, null, fresh.getAuthorities()));
        SecurityContextHolder.setContext(context);
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        contexts.saveContext(context, request, response);
    }

}

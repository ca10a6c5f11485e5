package org.ccmdesk.accounts;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Forgot your password?": a user asks for a new password link by mail. The answer is the
 * same whether or not an account has the address, so the page tells nobody who has one.
 * Without a mail server there is nothing to send: the page says to ask the secretariat.
 */
@Controller
class ForgotPasswordController {

    private final PasswordResets resets;

    private final MailConfigured mail;

    ForgotPasswordController(PasswordResets resets, MailConfigured mail) {
        this.resets = resets;
        this.mail = mail;
    }

    @GetMapping("/forgot-password")
    String initForm(Model model) {
        model.addAttribute("forgotPasswordForm", new ForgotPasswordForm(null));
        return form(model);
    }

    @PostMapping("/forgot-password")
    String processForm(@Valid @ModelAttribute ForgotPasswordForm forgotPasswordForm, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return form(model);
        }
        if (!mail.yes()) {
            return "redirect:/forgot-password";
        }
        resets.forgotten(forgotPasswordForm.email());
        redirect.addFlashAttribute("notice", "password.forgotSent");
        return "redirect:/login";
    }

    private String form(Model model) {
        model.addAttribute("mailConfigured", mail.yes());
        return "account/forgot";
    }

}

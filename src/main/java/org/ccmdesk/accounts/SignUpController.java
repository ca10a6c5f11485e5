package org.ccmdesk.accounts;

import java.util.Locale;

import jakarta.validation.Valid;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Create an account" for a delegate, linked from the sign-in page. The answer is the
 * same whether or not the address has an account. Without a mail server there is no link
 * to send: the page says to ask the secretariat.
 */
@Controller
class SignUpController {

    private final SignUps signUps;

    private final MailConfigured mail;

    SignUpController(SignUps signUps, MailConfigured mail) {
        this.signUps = signUps;
        this.mail = mail;
    }

    @GetMapping("/sign-up")
    String initForm(Model model) {
        model.addAttribute("signUpForm", new SignUpForm(null, null));
        return form(model);
    }

    @PostMapping("/sign-up")
    String processForm(@Valid @ModelAttribute SignUpForm signUpForm, BindingResult errors, Model model, Locale locale,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return form(model);
        }
        if (!mail.yes()) {
            return "redirect:/sign-up";
        }
        try {
            signUps.signUp(signUpForm.displayName(), signUpForm.email(), AccountLanguage.of(locale));
        }
        catch (DuplicateKeyException openedAtTheSameTime) {
            // another request opened the account a moment ago: the same answer
        }
        redirect.addFlashAttribute("notice", "signUp.sent");
        return "redirect:/login";
    }

    private String form(Model model) {
        model.addAttribute("mailConfigured", mail.yes());
        return "account/sign-up";
    }

}

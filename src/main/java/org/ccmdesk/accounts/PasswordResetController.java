package org.ccmdesk.accounts;

import jakarta.validation.Valid;

import org.ccmdesk.system.FormSubmission;
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
 * The one-time link that lets a user set their password (new account or reset), valid 24
 * hours.
 */
@Controller
class PasswordResetController {

    private final PasswordResets resets;

    private final UserAdministration administration;

    PasswordResetController(PasswordResets resets, UserAdministration administration) {
        this.resets = resets;
        this.administration = administration;
    }

    @GetMapping("/password-reset/{token}")
    ModelAndView initForm(@PathVariable String token) {
        if (resets.userOf(token).isEmpty()) {
            return expired();
        }
        ModelAndView view = new ModelAndView("account/reset", "setPasswordForm", new SetPasswordForm(null, null));
        view.addObject("token", token);
        return view;
    }

    @PostMapping("/password-reset/{token}")
    ModelAndView processForm(@PathVariable String token, @Valid @ModelAttribute SetPasswordForm setPasswordForm,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        if (resets.userOf(token).isEmpty()) {
            return expired();
        }
        if (!errors.hasErrors() && !setPasswordForm.newPassword().equals(setPasswordForm.confirmation())) {
            errors.rejectValue("confirmation", "password.mismatch");
        }
        if (FormSubmission.run(errors,
                () -> administration.setPasswordWithLink(token, setPasswordForm.newPassword()))) {
            redirect.addFlashAttribute("notice", "password.setSignIn");
            return new ModelAndView("redirect:/login");
        }
        model.addAttribute("token", token);
        return new ModelAndView("account/reset", model.asMap());
    }

    private static ModelAndView expired() {
        ModelAndView view = new ModelAndView("error");
        view.setStatus(HttpStatus.GONE);
        view.addObject("status", HttpStatus.GONE.value());
        view.addObject("forbiddenReason", "password.linkInvalid");
        return view;
    }

}

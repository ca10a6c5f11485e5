package org.ccmdesk.accounts;

import org.springframework.security.core.Authentication;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The login form; Spring Security processes it (POST /login) and LoginOutcomeHandler
 * answers.
 */
@Controller
class LoginController {

    private final MailConfigured mail;

    LoginController(MailConfigured mail) {
        this.mail = mail;
    }

    @GetMapping("/login")
    String login(Authentication authentication, Model model) {
        if (authentication != null && !(authentication instanceof AnonymousAuthenticationToken)) {
            return "redirect:/account";
        }
        model.addAttribute("mailConfigured", mail.yes());
        return "account/login";
    }

}

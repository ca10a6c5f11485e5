package org.ccmdesk.desks;

import java.util.List;
import java.util.Locale;

import org.ccmdesk.system.ActingUser;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The desk of the signed-in user: the secretariat's, a focal point's, a sponsorship
 * reviewer's or a delegate's.
 */
@Controller
class DeskController {

    private final Desks desks;

    private final DelegateDesk delegateDesk;

    private final ReviewerDesk reviewerDesk;

    DeskController(Desks desks, DelegateDesk delegateDesk, ReviewerDesk reviewerDesk) {
        this.desks = desks;
        this.delegateDesk = delegateDesk;
        this.reviewerDesk = reviewerDesk;
    }

    @GetMapping("/desk")
    String desk(Locale locale, Model model) {
        ActingUser user = ActingUser.current().orElseThrow();
        String role = user.isSecretariat() ? "SECRETARIAT"
                : hasRole("ROLE_FOCAL_POINT") ? "FOCAL_POINT" : hasRole("ROLE_REVIEWER") ? "REVIEWER" : "DELEGATE";
        List<DeskItem> items = switch (role) {
            case "SECRETARIAT" -> desks.secretariat(locale);
            case "FOCAL_POINT" -> desks.focalPoint(user, locale);
            case "REVIEWER" -> reviewerDesk.items(user, locale);
            default -> delegateDesk.items(user);
        };
        model.addAttribute("role", role);
        model.addAttribute("items", items);
        return "desks/desk";
    }

    private static boolean hasRole(String authority) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null
                && authentication.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(authority));
    }

}

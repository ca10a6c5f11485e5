package org.ccmdesk.accounts;

import java.util.Locale;

import org.ccmdesk.states.StateDetail;
import org.ccmdesk.states.TreatyStatusService;
import org.ccmdesk.states.UnknownStateException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A focal point's desk for a state they act for: the state and who else acts for it
 * (private contact data). Another state's desk is refused, whatever the address says.
 */
@Controller
class FocalPointController {

    private final TreatyStatusService states;

    private final UserAccounts users;

    FocalPointController(TreatyStatusService states, UserAccounts users) {
        this.states = states;
        this.users = users;
    }

    @GetMapping("/focal-point/states/{iso3}")
    String desk(@AuthenticationPrincipal CcmUser user, @PathVariable String iso3, Locale locale, Model model) {
        StateDetail state = allowedState(states, user, iso3, locale);
        model.addAttribute("state", state);
        model.addAttribute("focalPoints", users.focalPointsOf(state.iso3()));
        return "account/focal-point";
    }

    static StateDetail allowedState(TreatyStatusService states, CcmUser user, String iso3, Locale locale) {
        String code = iso3.trim().toUpperCase(Locale.ROOT);
        if (!user.canActForState(code)) {
            throw new AccessDeniedException("not a focal point of " + code);
        }
        return states.detailOf(code, states.today(), locale).orElseThrow(() -> new UnknownStateException(iso3));
    }

}

package org.ccmdesk.accounts;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ccmdesk.states.StateDetail;
import org.ccmdesk.states.TreatyStatusService;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who am I, and the focal points of a state I act for (API, session or personal token).
 */
@RestController
class FocalPointApiController {

    private final TreatyStatusService states;

    private final UserAccounts users;

    FocalPointApiController(TreatyStatusService states, UserAccounts users) {
        this.states = states;
        this.users = users;
    }

    @GetMapping("/api/focal-point/states/{iso3}/focal-points")
    List<Map<String, String>> focalPoints(@AuthenticationPrincipal CcmUser user, @PathVariable String iso3,
            Locale locale) {
        StateDetail state = FocalPointController.allowedState(states, user, iso3, locale);
        return users.focalPointsOf(state.iso3())
            .stream()
            .map(u -> Map.of("email", u.email(), "displayName", u.displayName()))
            .toList();
    }

    @GetMapping("/api/me")
    Map<String, Object> me(@AuthenticationPrincipal CcmUser user) {
        return Map.of("email", user.email(), "displayName", user.displayName(), "role", user.role(), "states",
                user.states(), "organisations", user.organisations());
    }

}

package org.ccmdesk.system;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * What a module needs to know about the signed-in user to check a right on one state's
 * data, without depending on the accounts module (which implements it).
 */
public interface ActingUser {

    String email();

    boolean isSecretariat();

    /**
     * The secretariat acts for every state; a focal point for the states granted to them.
     */
    boolean canActForState(String iso3);

    /**
     * The secretariat acts for every organisation; a focal point for the organisations
     * granted to them.
     */
    boolean canActForOrganisation(long organisationId);

    /** The signed-in user of this request, if any. */
    static Optional<ActingUser> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof ActingUser user ? Optional.of(user)
                : Optional.empty();
    }

}

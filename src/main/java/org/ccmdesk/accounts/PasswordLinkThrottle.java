package org.ccmdesk.accounts;

import java.time.Duration;

/**
 * How often a user may have a password link sent from the sign-in page: at most
 * {@code max} links (whoever asked for them) within {@code window}. It keeps a stranger
 * from filling someone's mailbox; it cannot tell whether an account exists, since the
 * page answers the same either way.
 */
record PasswordLinkThrottle(int max, Duration window) {

    static final PasswordLinkThrottle DEFAULT = new PasswordLinkThrottle(3, Duration.ofHours(1));

    PasswordLinkThrottle {
        if (max < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("A throttle needs at least one link in a positive window");
        }
    }

    /** Whether one more link may go out after {@code issuedInWindow} links. */
    boolean allows(int issuedInWindow) {
        return issuedInWindow < max;
    }

}

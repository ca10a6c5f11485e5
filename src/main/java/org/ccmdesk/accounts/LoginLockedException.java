package org.ccmdesk.accounts;

import org.springframework.security.core.AuthenticationException;

/** Too many failed attempts for this e-mail address or from this client address. */
class LoginLockedException extends AuthenticationException {

    LoginLockedException() {
        super("Too many failed attempts");
    }

}

package org.ccmdesk.system;

import java.util.Locale;

/**
 * E-mail addresses are compared trimmed and in lower case everywhere (accounts,
 * participant profiles), so that one person is one account and one profile whatever they
 * type.
 */
public final class EmailAddresses {

    private EmailAddresses() {
    }

    /**
     * The address trimmed and in lower case; null stays null. A control character (a NUL
     * typed into the login form, which no binder cleans) becomes U+FFFD, before trimming
     * would drop it at either end: such an address is no one's, so the login fails as for
     * any unknown address, and it can still be stored.
     */
    public static String normal(String email) {
        return email == null ? null
                : email.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]", "\uFFFD").trim().toLowerCase(Locale.ROOT);
    }

}

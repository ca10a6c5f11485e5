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

    /** The address trimmed and in lower case; null stays null. */
    public static String normal(String email) {
        return email == null ? null : email.trim().toLowerCase(Locale.ROOT);
    }

}

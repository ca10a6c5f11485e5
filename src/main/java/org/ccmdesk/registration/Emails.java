package org.ccmdesk.registration;

import java.util.Locale;

/** One person, one profile: e-mail addresses are compared trimmed and in lower case. */
final class Emails {

    private Emails() {
    }

    static String normal(String email) {
        return email == null ? null : email.trim().toLowerCase(Locale.ROOT);
    }

}

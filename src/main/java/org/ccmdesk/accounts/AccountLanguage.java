package org.ccmdesk.accounts;

import java.util.List;
import java.util.Locale;

/**
 * The languages a person's messages can be written in: the Convention's working
 * languages. A form field that takes one is checked with {@link #PATTERN}; anything else
 * falls back to English, as the messages do.
 */
final class AccountLanguage {

    static final List<String> CODES = List.of("en", "fr", "es");

    /** For {@code @Pattern} on a form field: one of {@link #CODES}, nothing else. */
    static final String PATTERN = "en|fr|es";

    static final String DEFAULT = "en";

    private AccountLanguage() {
    }

    /**
     * The language of {@code locale} (a page's language) if it is one of ours, else
     * English.
     */
    static String of(Locale locale) {
        return locale != null && CODES.contains(locale.getLanguage()) ? locale.getLanguage() : DEFAULT;
    }

    /** The chosen language, or the page's language when none was sent. */
    static String chosenOr(String chosen, Locale page) {
        return chosen == null ? of(page) : chosen;
    }

}

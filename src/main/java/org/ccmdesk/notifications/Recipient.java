package org.ccmdesk.notifications;

import java.util.Locale;
import java.util.Set;

/**
 * Who a message goes to: an address, a name for the greeting, the language the message is
 * written in (English, French or Spanish; anything else is written in English) and the
 * account, if the person has one (for their choice of messages).
 */
record Recipient(String email, String name, Locale language, Long userId) {

    static final Set<String> LANGUAGES = Set.of("en", "fr", "es");

    Recipient {
        if (email == null || email.isBlank()) {
            throw new IllegalArgumentException("A recipient needs an address");
        }
        email = email.strip().toLowerCase(Locale.ROOT);
        language = language != null && LANGUAGES.contains(language.getLanguage())
                ? Locale.forLanguageTag(language.getLanguage()) : Locale.ENGLISH;
    }

    static Recipient of(String email, String name, String language, Long userId) {
        return new Recipient(email, name, language == null ? null : Locale.forLanguageTag(language), userId);
    }

}

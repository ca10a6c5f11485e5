package org.ccmdesk.invitations;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.ccmdesk.states.Party;
import org.ccmdesk.system.CsvImport.Problem;
import org.ccmdesk.system.EmailAddresses;

/**
 * A mission address as typed in the form or read from a line of an imported file, cleaned
 * ({@link #of}) and checked ({@link #problems}) before anything is stored: the same rules
 * for both.
 */
record MissionContactEntry(Party party, String email, String name, String language) {

    static final int MAX_EMAIL = 254;

    static final int MAX_NAME = 200;

    static final Set<String> LANGUAGES = Set.of("en", "fr", "es");

    /**
     * One local part, one domain with at least one dot: what a mail server accepts as a
     * recipient (no spaces, quotes or brackets, which a mission's address never has).
     */
    private static final Pattern ADDRESS = Pattern.compile(
            "[^@\\s\"(),:;<>\\[\\]\\\\]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+");

    /** A rule an entry breaks: a message key, the field and the arguments. */

    /**
     * The address trimmed in lower case, a blank name none, the language in lower case
     * and English when none is given (the secretariat sets another; it is never guessed).
     */
    static MissionContactEntry of(Party party, String email, String name, String language) {
        String cleanName = name == null || name.isBlank() ? null : name.strip();
        String cleanLanguage = language == null || language.isBlank() ? "en"
                : language.strip().toLowerCase(Locale.ROOT);
        return new MissionContactEntry(party, EmailAddresses.normal(email), cleanName, cleanLanguage);
    }

    List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        if (email == null || email.isEmpty()) {
            problems.add(new Problem("missionContact.emailMissing", "email"));
        }
        else if (email.length() > MAX_EMAIL || !isAddress(email)) {
            problems.add(new Problem("missionContact.emailInvalid", "email", email));
        }
        if (name != null && name.length() > MAX_NAME) {
            problems.add(new Problem("missionContact.nameTooLong", "name", MAX_NAME));
        }
        if (!LANGUAGES.contains(language)) {
            problems.add(new Problem("missionContact.languageInvalid", "language", language));
        }
        return problems;
    }

    static boolean isAddress(String email) {
        return email != null && ADDRESS.matcher(email).matches();
    }

}

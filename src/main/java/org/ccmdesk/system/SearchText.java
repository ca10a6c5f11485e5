package org.ccmdesk.system;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Text as a search compares it: trimmed, without accents, in lower case, so that "eloise"
 * finds "Éloïse" and "cote d'ivoire" finds "Côte d'Ivoire".
 */
public final class SearchText {

    private SearchText() {
    }

    /** {@code text} folded for comparison; the empty string for null. */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        return Normalizer.normalize(text.trim(), Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    /**
     * Whether one of {@code texts} contains the folded {@code query}; a blank query
     * matches all.
     */
    public static boolean matches(String query, String... texts) {
        String needle = fold(query);
        if (needle.isEmpty()) {
            return true;
        }
        for (String text : texts) {
            if (fold(text).contains(needle)) {
                return true;
            }
        }
        return false;
    }

}

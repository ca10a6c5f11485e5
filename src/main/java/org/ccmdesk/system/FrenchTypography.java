package org.ccmdesk.system;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * French puts a non-breaking space before {@code : ; ? !} ("2014 : exige"). Applied to
 * every French message (see {@code MessagesConfiguration}) and available for French text
 * from data. A colon inside a word or a URL ("http://", "10:30") is left alone: only a
 * sign after a letter, digit, closing bracket or quote, followed by a space or the end,
 * is changed.
 */
public final class FrenchTypography {

    private static final Pattern BEFORE_SIGN = Pattern.compile("(?<=[\\p{L}\\p{N})\\]»\"'’]) ?([:;?!])(?=\\s|$)");

    private static final Pattern SPACE_BEFORE_SIGN = Pattern.compile(" ([:;?!])");

    private FrenchTypography() {
    }

    public static String apply(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String spaced = SPACE_BEFORE_SIGN.matcher(text).replaceAll("\u00A0$1");
        return BEFORE_SIGN.matcher(spaced).replaceAll("\u00A0$1");
    }

    /** {@link #apply} when {@code locale} is French, else the text as it is. */
    public static String apply(String text, Locale locale) {
        return locale != null && "fr".equals(locale.getLanguage()) ? apply(text) : text;
    }

}

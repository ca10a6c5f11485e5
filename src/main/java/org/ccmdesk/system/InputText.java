package org.ccmdesk.system;

/**
 * What text from a request may hold. Control characters are stripped (pasted text brings
 * them; the PDF renderer's XML parser and PostgreSQL refuse them), except tab, line feed
 * and carriage return, which XML and every column accept. NUL is refused rather than
 * stripped: no one types it, so it is a broken client or a probe.
 */
public final class InputText {

    private InputText() {
    }

    public static boolean hasNul(String value) {
        return value != null && value.indexOf('\0') >= 0;
    }

    /**
     * The text without the characters no page, PDF or column can hold; null stays null.
     */
    public static String strip(String value) {
        if (value == null || value.chars().noneMatch(InputText::unwanted)) {
            return value;
        }
        StringBuilder kept = new StringBuilder(value.length());
        value.chars().filter(c -> !unwanted(c)).forEach(c -> kept.append((char) c));
        return kept.toString();
    }

    /**
     * Every char below U+0020 but tab, LF and CR; DEL; and the two XML non-characters.
     */
    private static boolean unwanted(int c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F || c == 0xFFFE || c == 0xFFFF;
    }

    /**
     * The value cut to a column of {@code max} characters, never between the two halves
     * of a character outside the Basic Multilingual Plane.
     */
    public static String cut(String value, int max) {
        if (value == null || value.length() <= max) {
            return value;
        }
        int end = Character.isHighSurrogate(value.charAt(max - 1)) ? max - 1 : max;
        return value.substring(0, end);
    }

}

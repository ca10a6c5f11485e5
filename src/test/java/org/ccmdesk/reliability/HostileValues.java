package org.ccmdesk.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The hostile inputs sent in every field, one at a time. Each has a short name, used in
 * the report and in the known failures. The seed only decides the ordinary letters around
 * a control character, so a failure reproduces with the same seed.
 */
final class HostileValues {

    /** The request size limit answers 413 above this (ccm.max-request-size). */
    static final int ONE_MB = 1024 * 1024;

    /**
     * An input: {@code text} is what a form or a JSON string carries; {@code json}, when
     * set, is sent as a raw JSON token instead of a string (a wrong type, a null); a
     * {@code null} text means the field is left out.
     */
    record Hostile(String name, String text, String json) {

        boolean missing() {
            return text == null && json == null;
        }

    }

    /** The values no query ever sees: the web layer refuses or cleans them first. */
    static final java.util.Set<String> WEB_ONLY = java.util.Set.of("nul", "vertical-tab", "soh", "1mb", "rtl",
            "script");

    private HostileValues() {
    }

    /**
     * The values for one field: control characters, sizes, empty and missing for all;
     * scripts, quotes, emoji and right-to-left text where text is expected; extreme dates
     * where a date is expected, overflowing and negative numbers where a number is, a
     * word everywhere else (in a free-text field they are all just text, and an extreme
     * date in a number field is just a word). No 1 MB value in a GET: it travels in the
     * URL, which a server refuses long before the application.
     */
    static List<Hostile> forField(Class<?> type, boolean inBody, long seed) {
        Random random = new Random(seed);
        List<Hostile> values = new ArrayList<>();
        values.add(text("nul", word(random) + "\u0000" + word(random)));
        values.add(text("vertical-tab", word(random) + "\u000b" + word(random)));
        values.add(text("soh", "\u0001" + word(random)));
        if (inBody) {
            values.add(text("1mb", "x".repeat(ONE_MB + 1)));
        }
        values.add(text("200kb", "y".repeat(200 * 1024)));
        if (type == String.class) {
            values.add(text("emoji", "Délégation 🎉👩🏽‍💻 " + word(random)));
            values.add(text("rtl", "\u202eمرحبا שלום " + word(random)));
            values.add(text("script", "<script>alert('" + word(random) + "')</script>"));
            values.add(text("sql-quote", "O'Brien'); drop table state; -- \""));
        }
        else if (type == java.time.LocalDate.class || type == java.time.LocalDateTime.class
                || type == java.time.OffsetDateTime.class) {
            values.add(text("date-max", "+999999999-12-31"));
            values.add(text("date-zero", "0000-01-01"));
            values.add(text("date-1899", "1899-12-31"));
            values.add(text("date-2201", "2201-01-01"));
            values.add(text("abc", "abc"));
        }
        else if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            values.add(text("abc", "abc"));
            values.add(new Hostile("1e309", "1e309", "1e309"));
            values.add(new Hostile("minus-one", "-1", "-1"));
            values.add(new Hostile("long-overflow", "9223372036854775808", "9223372036854775808"));
        }
        else {
            // a choice (enum), a yes/no or another value: a word it does not know, and a
            // number
            values.add(text("abc", "abc"));
            values.add(new Hostile("minus-one", "-1", "-1"));
        }
        values.add(text("empty", ""));
        values.add(new Hostile("missing", null, null));
        return values;
    }

    /** JSON tokens of the wrong shape, sent only in JSON bodies. */
    static List<Hostile> jsonShapes() {
        return List.of(new Hostile("json-null", null, "null"), new Hostile("json-array", null, "[\"a\", 1]"),
                new Hostile("json-object", null, "{\"a\": 1}"), new Hostile("json-true", null, "true"));
    }

    private static Hostile text(String name, String text) {
        return new Hostile(name, text, null);
    }

    private static String word(Random random) {
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    /** A JSON string literal, escaping what JSON requires. */
    static String jsonString(String text) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    }
                    else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"').toString();
    }

}

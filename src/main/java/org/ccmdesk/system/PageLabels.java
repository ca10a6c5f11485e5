package org.ccmdesk.system;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;

/**
 * The messages of one page, each looked up once: for the rows of a long table, built in
 * Java so that the template reads plain values instead of resolving the same label for
 * each of 200 rows. A missing message shows as Thymeleaf shows one
 * ({@code ??key_locale??}). One instance per request (not thread-safe).
 */
public final class PageLabels {

    private final MessageSource messages;

    private final Locale locale;

    private final Map<String, String> resolved = new HashMap<>();

    public PageLabels(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    public String get(String key) {
        return resolved.computeIfAbsent(key, k -> messages.getMessage(k, null, "??" + k + "_" + locale + "??", locale));
    }

    /** The label of {@code prefix + value}; empty for no value. */
    public String prefixed(String prefix, String value) {
        return value == null || value.isEmpty() ? "" : get(prefix + value);
    }

}

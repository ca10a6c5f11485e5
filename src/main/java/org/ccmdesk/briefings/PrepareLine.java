package org.ccmdesk.briefings;

import java.util.List;

/**
 * One "what to prepare" line of a memo: what ({@code key}) and why ({@code reasonKey}),
 * both message keys, with the values the messages take (names, dates as ISO text are
 * formatted by the caller).
 */
record PrepareLine(String key, String reasonKey, List<Object> args) {

    PrepareLine {
        args = List.copyOf(args);
    }

}

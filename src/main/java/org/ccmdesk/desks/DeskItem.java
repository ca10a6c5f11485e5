package org.ccmdesk.desks;

import java.util.List;

/**
 * One thing to do on a desk: a sentence (message key and its values) and the link to the
 * page where it is done, with its check list if it has one ({@code details}, e.g. the
 * delegation advice). {@code kind} groups the items on the page and names them for tests.
 */
record DeskItem(String kind, String messageKey, List<Object> arguments, String link, List<Detail> details) {

    DeskItem(String kind, String messageKey, List<Object> arguments, String link) {
        this(kind, messageKey, arguments, link, List.of());
    }

    /** A line of an item's check list: its message key and whether it is done. */
    record Detail(String messageKey, boolean done) {
    }

    public Object[] args() {
        return arguments.toArray();
    }

}

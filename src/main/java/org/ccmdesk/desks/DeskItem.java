package org.ccmdesk.desks;

import java.util.List;

/**
 * One thing to do on a desk: a sentence (message key and its values) and the link to the
 * page where it is done. {@code kind} groups the items on the page and names them for
 * tests.
 */
record DeskItem(String kind, String messageKey, List<Object> arguments, String link) {

    public Object[] args() {
        return arguments.toArray();
    }

}

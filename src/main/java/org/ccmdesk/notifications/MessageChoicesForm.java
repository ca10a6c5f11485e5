package org.ccmdesk.notifications;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The choice of messages as the page sends it: the topics ticked (an unticked box sends
 * nothing, so a missing list is "none") and whether reminders come as a weekly digest.
 */
record MessageChoicesForm(List<Topic> receive, Boolean digest) {

    /** The optional topics that were not ticked: the ones to stop. */
    Set<Topic> stopped() {
        Set<Topic> stopped = EnumSet.noneOf(Topic.class);
        for (Topic topic : Topic.values()) {
            if (topic.optional() && (receive == null || !receive.contains(topic))) {
                stopped.add(topic);
            }
        }
        return stopped;
    }

    boolean weeklyDigest() {
        return Boolean.TRUE.equals(digest);
    }

}

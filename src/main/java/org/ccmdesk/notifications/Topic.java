package org.ccmdesk.notifications;

/**
 * What a message is about, as a person chooses what to receive. Account messages (the
 * link to choose a password) cannot be switched off: without them nobody could sign in.
 */
enum Topic {

    ACCOUNT(false), SYSTEM(false), INVITATIONS(true), REGISTRATION(true), OBLIGATION_REMINDERS(true), SPONSORSHIP(true),
    STATEMENTS(true);

    private final boolean optional;

    Topic(boolean optional) {
        this.optional = optional;
    }

    /** Whether a person may stop messages of this topic. */
    boolean optional() {
        return optional;
    }

    /** What the topic is called on the pages (the choice of messages, the stop page). */
    public String messageKey() {
        return "mailTopic." + name();
    }

}

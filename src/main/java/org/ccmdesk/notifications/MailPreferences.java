package org.ccmdesk.notifications;

import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Each person's choice of the messages they receive, and the signed link in a message
 * that stops messages of its topic. Account messages are always sent.
 */
@Component
class MailPreferences {

    /** Whether {@code recipient} wants messages of {@code topic}. */
    boolean allows(Recipient recipient, Topic topic) {
        return true;
    }

    /**
     * The one-click link that stops messages of {@code topic} for {@code recipient}, if
     * they may.
     */
    Optional<String> stopLink(Recipient recipient, Topic topic) {
        return Optional.empty();
    }

}

package org.ccmdesk.notifications;

import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * When a message the server refused is tried again: after the first delay, then twice as
 * long each time, never more than six hours apart, until the last attempt; after that it
 * is failed and waits for the secretariat to send it again.
 */
record DeliveryPolicy(Duration firstRetryDelay, int maxAttempts) {

    static final Duration LONGEST_WAIT = Duration.ofHours(6);

    DeliveryPolicy {
        if (firstRetryDelay.isNegative() || maxAttempts < 1) {
            throw new IllegalArgumentException("A retry delay of zero or more and at least one attempt");
        }
    }

    /**
     * The state of a message whose attempt number {@code attempts} (1 for the first)
     * failed.
     */
    Outcome afterFailure(int attempts, OffsetDateTime now) {
        if (attempts >= maxAttempts) {
            return new Outcome(MailStatus.FAILED, now);
        }
        return new Outcome(MailStatus.WAITING, now.plus(delayAfter(attempts)));
    }

    Duration delayAfter(int attempts) {
        Duration delay = firstRetryDelay;
        for (int i = 1; i < attempts && delay.compareTo(LONGEST_WAIT) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : delay;
    }

    record Outcome(MailStatus status, OffsetDateTime nextAttemptAt) {
    }

}

package org.ccmdesk.notifications;

/**
 * Where a message is: waiting to leave (for its next attempt, or for a mail server to be
 * configured), being handed to the server by one instance, sent, failed after its last
 * attempt, or stopped because the person chose not to receive such messages.
 */
enum MailStatus {

    WAITING, SENDING, SENT, FAILED, STOPPED;

    /** Whether the secretariat may send it (again): anything not on its way right now. */
    public boolean canResend() {
        return this != SENDING && this != WAITING;
    }

}

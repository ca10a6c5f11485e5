package org.ccmdesk.statements;

/**
 * A focal point's inscription after the list's deadline or on a closed list (the
 * secretariat inscribes at any time): 403 in the API, a message on the page.
 */
class InscriptionRefused extends RuntimeException {

    private final String messageKey;

    InscriptionRefused(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    String messageKey() {
        return messageKey;
    }

}

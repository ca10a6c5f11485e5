package org.ccmdesk.registration;

/**
 * A badge or visa letter asked for while the registration does not allow it yet (not
 * approved, no visa letter requested, no passport details): 409, with the reason in the
 * user's language, since the same request will succeed once the registration changes.
 */
class DocumentUnavailable extends RuntimeException {

    private final String messageKey;

    DocumentUnavailable(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    String messageKey() {
        return messageKey;
    }

}

package org.ccmdesk.system;

/**
 * Something asked for by the user does not exist. Pages answer 404 with the message in
 * the user's language, the API answers 404 as a problem detail. {@code messageKey} names
 * the text in messages.properties; {@code arguments} fill its placeholders.
 */
public class NotFoundException extends RuntimeException {

    private final String messageKey;

    private final transient Object[] arguments;

    public NotFoundException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

}

package org.ccmdesk.system;

/**
 * Input that breaks a rule of the domain (not just its format): a deposit before the
 * signature, an e-mail already taken. {@code field} names the form or JSON field it is
 * about, {@code messageKey} the explanation in messages.properties. Pages show it next to
 * the field; the API answers 400 with a problem detail listing it. Thrown before anything
 * is written, or inside the transaction that it then rolls back.
 */
public class RuleViolation extends RuntimeException {

    private final String field;

    private final String messageKey;

    private final transient Object[] arguments;

    public RuleViolation(String field, String messageKey, Object... arguments) {
        super(field + ": " + messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

}

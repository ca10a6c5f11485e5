package org.ccmdesk.system;

/**
 * A change of status refused because the record is not (or no longer) in a status that
 * allows it, often because someone else changed it a moment earlier. {@code current} is
 * the status it is in, so that the caller can see what won: the API answers 409 with it,
 * a page says so after its redirect.
 */
public class StatusConflict extends RuleViolation {

    private final String current;

    public StatusConflict(String current, String messageKey, Object... arguments) {
        super("status", messageKey, arguments);
        this.current = current;
    }

    public String current() {
        return current;
    }

}

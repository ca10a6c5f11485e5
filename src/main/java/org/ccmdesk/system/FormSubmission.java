package org.ccmdesk.system;

import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.beans.NotReadablePropertyException;
import org.springframework.validation.BindingResult;

/**
 * The life of a submitted form in one place: when the form is valid, the action runs; a
 * {@link RuleViolation} it throws becomes an error next to its field (or in the summary
 * at the top when the form has no such field, e.g. an uploaded file), and the caller
 * shows the form again with what was entered.
 */
public final class FormSubmission {

    private FormSubmission() {
    }

    /** Whether the form was valid and the action kept every rule. */
    public static boolean run(BindingResult errors, Runnable action) {
        return attempt(errors, () -> {
            action.run();
            return Boolean.TRUE;
        }).isPresent();
    }

    /**
     * What the action answered (e.g. the new record's id), or empty when the form must be
     * shown again.
     */
    public static <T> Optional<T> attempt(BindingResult errors, Supplier<T> action) {
        if (errors.hasErrors()) {
            return Optional.empty();
        }
        try {
            return Optional.of(action.get());
        }
        catch (RuleViolation violation) {
            reject(errors, violation);
            return Optional.empty();
        }
    }

    public static void reject(BindingResult errors, RuleViolation violation) {
        try {
            errors.rejectValue(violation.field(), violation.messageKey(), violation.arguments(), null);
        }
        catch (NotReadablePropertyException noSuchField) {
            errors.reject(violation.messageKey(), violation.arguments(), null);
        }
    }

}

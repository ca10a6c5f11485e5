package org.ccmdesk.registration;

import java.net.URI;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A second registration of the same person for the same meeting through the API: 409,
 * pointing at the first, with the status it is in ({@code current}, as every refused
 * change of status answers).
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = RegistrationApiController.class)
class RegistrationApiExceptionHandler {

    private final MessageSource messages;

    RegistrationApiExceptionHandler(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(AlreadyRegistered.class)
    ProblemDetail alreadyRegistered(AlreadyRegistered e, Locale locale) {
        ProblemDetail problem = conflict(locale);
        problem.setProperty("registration", e.registrationId());
        problem.setProperty("current", e.current().name());
        problem.setInstance(URI.create("/api/registrations/" + e.registrationId()));
        return problem;
    }

    private ProblemDetail conflict(Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                messages.getMessage("registration.alreadyRegisteredApi", null, locale));
        problem.setTitle(messages.getMessage("registration.alreadyRegisteredTitle", null, locale));
        return problem;
    }

}

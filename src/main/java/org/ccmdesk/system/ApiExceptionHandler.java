package org.ccmdesk.system;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Errors of the JSON API as RFC 9457 problem details, in the caller's language; never a
 * stack trace.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(annotations = RestController.class)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private final MessageSource messages;

    ApiExceptionHandler(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(InvalidDateParameterException.class)
    ProblemDetail invalidDate(InvalidDateParameterException e, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                messages.getMessage("error.invalidDate", new Object[] { e.parameter(), e.value() }, locale));
        problem.setTitle(messages.getMessage("error.invalidDate.title", null, locale));
        problem.setType(URI.create("urn:ccmdesk:problem:invalid-date"));
        problem.setProperty("parameter", e.parameter());
        problem.setProperty("expectedFormat", "YYYY-MM-DD");
        return problem;
    }

    @ExceptionHandler(RuleViolation.class)
    ProblemDetail ruleViolation(RuleViolation e, Locale locale) {
        String message = messages.getMessage(e.messageKey(), e.arguments(), locale);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, message);
        problem.setTitle(messages.getMessage("error.invalidInput.title", null, locale));
        problem.setProperty("errors", List.of(Map.of("field", e.field(), "message", message)));
        return problem;
    }

    /**
     * A refused change of status: 409 with the status the record is in, which is what a
     * concurrent change left.
     */
    @ExceptionHandler(StatusConflict.class)
    ProblemDetail statusConflict(StatusConflict e, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                messages.getMessage(e.messageKey(), e.arguments(), locale));
        problem.setTitle(messages.getMessage("error.conflict.title", null, locale));
        problem.setProperty("current", e.current());
        return problem;
    }

    /**
     * Bean Validation of a JSON body: every field in error, with its message in the
     * caller's language.
     */
    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Locale locale = request.getLocale();
        List<Map<String, String>> errors = e.getBindingResult()
            .getFieldErrors()
            .stream()
            .map(error -> Map.of("field", error.getField(), "message", messages.getMessage(error, locale)))
            .toList();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                messages.getMessage("error.invalidInput", null, locale));
        problem.setTitle(messages.getMessage("error.invalidInput.title", null, locale));
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                messages.getMessage(e.messageKey(), e.arguments(), locale));
        problem.setTitle(messages.getMessage("error.notFound.title", null, locale));
        return problem;
    }

}

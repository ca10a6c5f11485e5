package org.ccmdesk.system;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors on pages: the error page with a clear message in the user's language and a 4xx
 * status.
 */
@Order(Ordered.LOWEST_PRECEDENCE)
@ControllerAdvice(annotations = Controller.class)
class PageExceptionHandler {

    private final MessageSource messages;

    PageExceptionHandler(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(InvalidDateParameterException.class)
    ModelAndView invalidDate(InvalidDateParameterException e, Locale locale) {
        return page(HttpStatus.BAD_REQUEST,
                messages.getMessage("error.invalidDate", new Object[] { e.parameter(), e.value() }, locale));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView invalidParameter(MethodArgumentTypeMismatchException e, Locale locale) {
        return page(HttpStatus.BAD_REQUEST, messages.getMessage("error.invalidParameter",
                new Object[] { e.getName(), String.valueOf(e.getValue()) }, locale));
    }

    @ExceptionHandler(RuleViolation.class)
    ModelAndView ruleViolation(RuleViolation e, Locale locale) {
        return page(HttpStatus.BAD_REQUEST, messages.getMessage(e.messageKey(), e.arguments(), locale));
    }

    /** A page that does not redirect with the refusal itself still says it with a 409. */
    @ExceptionHandler(StatusConflict.class)
    ModelAndView statusConflict(StatusConflict e, Locale locale) {
        return page(HttpStatus.CONFLICT, messages.getMessage(e.messageKey(), e.arguments(), locale));
    }

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound(NotFoundException e, Locale locale) {
        return page(HttpStatus.NOT_FOUND, messages.getMessage(e.messageKey(), e.arguments(), locale));
    }

    private static ModelAndView page(HttpStatus status, String message) {
        ModelAndView view = new ModelAndView("error");
        view.setStatus(status);
        view.addObject("status", status.value());
        view.addObject("detail", message);
        return view;
    }

}

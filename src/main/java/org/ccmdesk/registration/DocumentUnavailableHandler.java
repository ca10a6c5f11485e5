package org.ccmdesk.registration;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * The error page for a document that is not available yet: 409 and the reason, as the
 * system's error pages do.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@ControllerAdvice(assignableTypes = { BadgeController.class, VisaLetterController.class })
class DocumentUnavailableHandler {

    private final MessageSource messages;

    DocumentUnavailableHandler(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(DocumentUnavailable.class)
    ModelAndView unavailable(DocumentUnavailable e, Locale locale) {
        ModelAndView view = new ModelAndView("error");
        view.setStatus(HttpStatus.CONFLICT);
        view.addObject("status", HttpStatus.CONFLICT.value());
        view.addObject("detail", messages.getMessage(e.messageKey(), null, locale));
        return view;
    }

}

package org.ccmdesk.system;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Resolves a handler parameter {@code LocalDate asOf} from the request parameter {@code asOf}:
 * today (by the application's clock) when absent, the given ISO date when valid, and a 400 for
 * anything else, including an empty value. Every status page and API takes its date this way.
 */
class AsOfDateArgumentResolver implements HandlerMethodArgumentResolver {

    static final String PARAMETER = "asOf";

    private final Clock clock;

    AsOfDateArgumentResolver(Clock clock) {
        this.clock = clock;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == LocalDate.class && PARAMETER.equals(parameter.getParameterName());
    }

    @Override
    public LocalDate resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
            NativeWebRequest request, WebDataBinderFactory binderFactory) {
        String value = request.getParameter(PARAMETER);
        if (value == null) {
            return LocalDate.now(clock);
        }
        return parse(value);
    }

    static LocalDate parse(String value) {
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidDateParameterException(PARAMETER, value);
        }
    }
}

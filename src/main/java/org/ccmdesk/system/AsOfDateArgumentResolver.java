package org.ccmdesk.system;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Resolves a handler parameter {@code LocalDate asOf} (or {@code AsOf asOf}, when the
 * handler also needs to know whether the date was chosen) from the request parameter
 * {@code asOf}: today (by the application's clock) when absent, the given ISO date when
 * valid, and a 400 for anything else, including an empty value. Every status page and API
 * takes its date this way.
 */
class AsOfDateArgumentResolver implements HandlerMethodArgumentResolver {

    private final Clock clock;

    AsOfDateArgumentResolver(Clock clock) {
        this.clock = clock;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == AsOf.class || (parameter.getParameterType() == LocalDate.class
                && AsOf.PARAMETER.equals(parameter.getParameterName()));
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
            NativeWebRequest request, WebDataBinderFactory binderFactory) {
        AsOf asOf = AsOf.of(request.getNativeRequest(HttpServletRequest.class), clock);
        return parameter.getParameterType() == AsOf.class ? asOf : asOf.date();
    }

}

package org.ccmdesk.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * A page shown again because its form has errors answers 400, not 200, wherever it comes
 * from.
 */
class InvalidFormStatus implements HandlerInterceptor {

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
            ModelAndView view) {
        if (view == null || view.getViewName() == null || view.getViewName().startsWith("redirect:")
                || response.getStatus() >= 400) {
            return;
        }
        boolean invalid = view.getModel()
            .values()
            .stream()
            .anyMatch(value -> value instanceof BindingResult result && result.hasErrors());
        if (invalid) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
    }

}

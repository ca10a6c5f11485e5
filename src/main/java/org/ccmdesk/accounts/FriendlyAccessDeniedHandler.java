package org.ccmdesk.accounts;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.ccmdesk.system.RequestPath;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

/**
 * 403 with a page that says why: a form whose security token is missing or stale (the
 * form expired: reload it), or an action the user may not take. API calls get a problem
 * detail.
 */
class FriendlyAccessDeniedHandler implements AccessDeniedHandler {

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException, ServletException {
        boolean formExpired = denied instanceof CsrfException;
        if (RequestPath.isApi(request)) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("application/problem+json");
            response.getWriter()
                .write("{\"type\":\"about:blank\",\"title\":\"Forbidden\",\"status\":403,\"detail\":\""
                        + (formExpired ? "The CSRF token is missing or expired: reload the page, or use an API token."
                                : "You are not allowed to do this.")
                        + "\"}");
            return;
        }
        request.setAttribute("forbiddenReason", formExpired ? "error.formExpired" : "error.forbidden");
        response.sendError(HttpServletResponse.SC_FORBIDDEN, formExpired ? "form expired" : "forbidden");
    }

}

package org.ccmdesk.accounts;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * After the login form: records the attempt, then sends the user on (to the password
 * change when it is required) or back to the form with a message that never says whether
 * the account exists.
 */
class LoginOutcomeHandler extends SavedRequestAwareAuthenticationSuccessHandler
        implements AuthenticationFailureHandler {

    private final LoginAttempts attempts;

    LoginOutcomeHandler(LoginAttempts attempts) {
        this.attempts = attempts;
        setDefaultTargetUrl("/account");
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws IOException, ServletException {
        attempts.record(authentication.getName(), request.getRemoteAddr(), true, true);
        if (authentication.getPrincipal() instanceof CcmUser user && user.mustChangePassword()) {
            getRedirectStrategy().sendRedirect(request, response, "/account/password");
            return;
        }
        super.onAuthenticationSuccess(request, response, authentication);
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        boolean locked = exception instanceof LoginLockedException;
        String email = request.getParameter("email");
        attempts.record(email == null ? "" : email, request.getRemoteAddr(), false, !locked);
        getRedirectStrategy().sendRedirect(request, response, locked ? "/login?locked" : "/login?error");
    }

}

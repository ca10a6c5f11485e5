package org.ccmdesk.accounts;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;

/**
 * After the login form: records the attempt, then sends the user on (to the password
 * change when it is required, else to the page they asked for) or back to the form with a
 * message that never says whether the account exists.
 */
class LoginOutcomeHandler extends SavedRequestAwareAuthenticationSuccessHandler
        implements AuthenticationFailureHandler {

    private final LoginAttempts attempts;

    private final RequestCache requests = new HttpSessionRequestCache();

    LoginOutcomeHandler(LoginAttempts attempts) {
        this.attempts = attempts;
        setDefaultTargetUrl("/desk");
        setRequestCache(requests);
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws IOException, ServletException {
        attempts.record(authentication.getName(), request.getRemoteAddr(), true, true);
        if (authentication.getPrincipal() instanceof CcmUser user && user.mustChangePassword()) {
            getRedirectStrategy().sendRedirect(request, response, "/account/password");
            return;
        }
        SavedRequest saved = requests.getRequest(request, response);
        if (saved == null) {
            super.onAuthenticationSuccess(request, response, authentication);
            return;
        }
        requests.removeRequest(request, response);
        clearAuthenticationAttributes(request);
        getRedirectStrategy().sendRedirect(request, response, pathOf(saved));
    }

    /**
     * The saved request's URL was built from the {@code Host} header the client sent:
     * only its path and query are kept, so the user stays on the site they are on.
     */
    static String pathOf(SavedRequest saved) {
        URI asked;
        try {
            asked = new URI(saved.getRedirectUrl());
        }
        catch (URISyntaxException ex) {
            return "/account";
        }
        String path = asked.getRawPath() == null || !asked.getRawPath().startsWith("/") ? "/" : asked.getRawPath();
        // "//evil.example" is a path to the server but a host to the browser
        path = "/" + path.replaceFirst("^/+", "");
        return asked.getRawQuery() == null ? path : path + "?" + asked.getRawQuery();
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

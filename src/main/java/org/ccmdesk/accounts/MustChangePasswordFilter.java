package org.ccmdesk.accounts;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.ccmdesk.system.RequestPath;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A user whose password must change (first login with a generated one) can do nothing
 * else until it has.
 */
class MustChangePasswordFilter extends OncePerRequestFilter {

    static final String CHANGE_PAGE = "/account/password";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof CcmUser user && user.mustChangePassword()
                && !allowed(RequestPath.of(request))) {
            response.sendRedirect(request.getContextPath() + CHANGE_PAGE);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean allowed(String path) {
        return path.equals(CHANGE_PAGE) || path.equals("/logout") || path.equals("/error") || path.startsWith("/css/")
                || path.startsWith("/js/") || path.startsWith("/webjars/") || path.startsWith("/favicon");
    }

}

package org.ccmdesk.accounts;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A path no module declares does not exist: 404 for whoever asks (the public, a focal
 * point, the secretariat), before the authorization that would otherwise refuse it with
 * 403 or ask an anonymous visitor to sign in. The chain still denies whatever matches no
 * rule; this only says "not found" first.
 */
class UnknownRouteFilter extends OncePerRequestFilter {

    private final RouteAuthorization routes;

    UnknownRouteFilter(RouteAuthorization routes) {
        this.routes = routes;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (routes.matchesAnyPath(request)) {
            chain.doFilter(request, response);
            return;
        }
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }

}

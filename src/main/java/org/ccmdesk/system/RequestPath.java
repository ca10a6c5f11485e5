package org.ccmdesk.system;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The path of a request inside the application (without the context path), however the
 * servlet is mapped.
 */
public final class RequestPath {

    private RequestPath() {
    }

    public static String of(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String context = request.getContextPath();
        return context != null && !context.isEmpty() && uri.startsWith(context) ? uri.substring(context.length()) : uri;
    }

    public static boolean isApi(HttpServletRequest request) {
        return of(request).startsWith("/api/");
    }

}

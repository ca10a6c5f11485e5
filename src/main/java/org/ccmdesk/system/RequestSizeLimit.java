package org.ccmdesk.system;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * Refuses a request body larger than {@code ccm.max-request-size} (1 MB), or an upload
 * (multipart) larger than {@code spring.servlet.multipart.max-request-size} (11 MB), with
 * 413 and a clear message, before anything reads or stores it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestSizeLimit extends OncePerRequestFilter {

    private final long maxBytes;

    private final long maxUploadBytes;

    private final MessageSource messages;

    RequestSizeLimit(SystemSettings settings,
            @Value("${spring.servlet.multipart.max-request-size:11MB}") DataSize maxUpload, MessageSource messages) {
        this.maxBytes = settings.maxRequestSize().toBytes();
        this.maxUploadBytes = maxUpload.toBytes();
        this.messages = messages;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        long max = type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/") ? maxUploadBytes : maxBytes;
        if (request.getContentLengthLong() <= max) {
            chain.doFilter(request, response);
            return;
        }
        Locale locale = SupportedLocaleResolver.SUPPORTED.stream()
            .filter(l -> l.getLanguage().equals(request.getLocale().getLanguage()))
            .findFirst()
            .orElse(Locale.ENGLISH);
        String message = messages.getMessage("error.tooLarge", new Object[] { max / 1024 }, locale);
        response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Connection", "close");
        if (RequestPath.isApi(request)) {
            response.setContentType("application/problem+json");
            response.getWriter()
                .write("{\"type\":\"about:blank\",\"title\":\"Payload Too Large\",\"status\":413,\"detail\":\""
                        + message.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
        }
        else {
            response.setContentType("text/html");
            response.getWriter()
                .write("<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"utf-8\">"
                        + "<title>413</title></head><body><main><h1>413</h1><p>" + HtmlUtils.htmlEscape(message)
                        + "</p></main></body></html>");
        }
    }

}

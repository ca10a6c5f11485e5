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

    /** A request whose (chunked) body was read already, served again from memory. */
    private static final class BufferedBody extends jakarta.servlet.http.HttpServletRequestWrapper {

        private final byte[] body;

        BufferedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public jakarta.servlet.ServletInputStream getInputStream() {
            java.io.ByteArrayInputStream in = new java.io.ByteArrayInputStream(body);
            return new jakarta.servlet.ServletInputStream() {

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(jakarta.servlet.ReadListener listener) {
                    throw new UnsupportedOperationException("synchronous reads only");
                }
            };
        }

        @Override
        public java.io.BufferedReader getReader() {
            return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(),
                    getCharacterEncoding() == null ? java.nio.charset.StandardCharsets.UTF_8
                            : java.nio.charset.Charset.forName(getCharacterEncoding())));
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        long max = type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/") ? maxUploadBytes : maxBytes;
        long length = request.getContentLengthLong();
        if (length < 0 && max == maxBytes && request.getHeader("Transfer-Encoding") != null
                && (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded"))) {
            // a chunked body says no length: read it up to the limit before anything else
            // does
            byte[] body = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
            if (body.length <= max) {
                chain.doFilter(new BufferedBody(request, body), response);
                return;
            }
        }
        else if (length <= max) {
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

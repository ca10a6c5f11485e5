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

/**
 * Refuses a request body larger than {@code ccm.max-request-size} (1 MB), or an upload
 * (multipart) larger than {@code spring.servlet.multipart.max-request-size} (11 MB) or
 * with a file over {@code max-file-size}, with 413 and a clear message, before anything
 * else reads it; also a chunked body, which says no length. An API client gets a problem
 * detail; a page, the error page in the user's language with a link back to the form.
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
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        boolean upload = type.startsWith("multipart/");
        long max = upload ? maxUploadBytes : maxBytes;
        long length = request.getContentLengthLong();
        if (upload && length <= max) {
            // parsed here, to the disk, within the limits (also a chunked body, which
            // says
            // no length); the parts stay parsed for the rest of the request
            if (!tooLarge(request)) {
                chain.doFilter(request, response);
                return;
            }
        }
        else if (length < 0 && request.getHeader("Transfer-Encoding") != null
                && !type.startsWith("application/x-www-form-urlencoded")) {
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
        refuse(request, response, max);
    }

    /**
     * Whether the upload's parts go over the limits (the request's or a file's); another
     * failure is left to whoever reads the parts next, as before.
     */
    private static boolean tooLarge(HttpServletRequest request) {
        try {
            request.getParts();
            return false;
        }
        catch (IOException | ServletException | IllegalStateException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                String text = cause.getClass().getSimpleName() + " " + cause.getMessage();
                if (text.contains("SizeLimitExceeded") || text.contains("SizeException")
                        || (text.contains("size") && text.contains("exceed"))) {
                    return true;
                }
            }
            return false;
        }
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, long max) throws IOException {
        response.setHeader("Connection", "close");
        if (!RequestPath.isApi(request)) {
            if (request.getContentType() == null
                    || !request.getContentType().toLowerCase(Locale.ROOT).startsWith("multipart/")) {
                // the body is left unread, as the stream: the error page's filters then
                // read no parameter from it (Tomcat refuses to parse a body over its
                // maxPostSize and would answer its own bare page instead)
                request.getInputStream();
            }
            // the error page, in the user's language, with the way back to the form
            request.setAttribute(PageErrorAttributes.TOO_LARGE_KB, max / 1024);
            request.setAttribute(PageErrorAttributes.BACK, PageErrorAttributes.sameOrigin(request));
            // so that the error page does not read the upload again (DispatcherServlet
            // skips an error dispatch's multipart after a multipart failure)
            request.setAttribute(jakarta.servlet.RequestDispatcher.ERROR_EXCEPTION,
                    new org.springframework.web.multipart.MaxUploadSizeExceededException(max));
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        Locale locale = SupportedLocaleResolver.SUPPORTED.stream()
            .filter(l -> l.getLanguage().equals(request.getLocale().getLanguage()))
            .findFirst()
            .orElse(Locale.ENGLISH);
        String message = messages.getMessage("error.tooLarge", new Object[] { max / 1024 }, locale);
        response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        response.setCharacterEncoding("UTF-8");
        response.setContentType("application/problem+json");
        response.getWriter()
            .write("{\"type\":\"about:blank\",\"title\":\"Payload Too Large\",\"status\":413,\"detail\":\""
                    + message.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
    }

}

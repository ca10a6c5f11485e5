package org.ccmdesk.system;

import java.net.URI;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;

/**
 * What the error page shows besides the status: for a body over the size limit, the limit
 * ({@code tooLargeKb}) and the page the form was on ({@code back}), set by
 * {@link RequestSizeLimit} before it sends the error.
 */
@Component
class PageErrorAttributes extends DefaultErrorAttributes {

    static final String TOO_LARGE_KB = PageErrorAttributes.class.getName() + ".tooLargeKb";

    static final String BACK = PageErrorAttributes.class.getName() + ".back";

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
        Map<String, Object> attributes = super.getErrorAttributes(request, options);
        Object tooLarge = request.getAttribute(TOO_LARGE_KB, RequestAttributes.SCOPE_REQUEST);
        if (tooLarge != null) {
            attributes.put("tooLargeKb", tooLarge);
            Object back = request.getAttribute(BACK, RequestAttributes.SCOPE_REQUEST);
            if (back != null) {
                attributes.put("back", back);
            }
        }
        return attributes;
    }

    /**
     * The path (and query) of the page the request came from when it is on this site, so
     * that the error page links back to it; else null.
     */
    static String sameOrigin(HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        if (referer == null || referer.length() > 2000) {
            return null;
        }
        try {
            URI uri = URI.create(referer);
            boolean sameHost = request.getServerName().equalsIgnoreCase(uri.getHost())
                    && (uri.getPort() == -1 || uri.getPort() == request.getServerPort());
            String path = uri.getRawPath();
            if (!sameHost || path == null || !path.startsWith("/") || path.startsWith("//")) {
                return null;
            }
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        }
        catch (IllegalArgumentException notAUri) {
            return null;
        }
    }

}

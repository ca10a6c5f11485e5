package org.ccmdesk.system;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/**
 * Shows a source citation (free text with web addresses in it) as text and links.
 * Templates call {@code ${@citations.parts(text)}} and print each part escaped; only
 * http(s) addresses become links.
 */
@Component("citations")
class Citations {

    private static final Pattern URL = Pattern.compile("https?://[^\\s,;()'\"<>]+[^\\s,;()'\"<>.]");

    /**
     * One piece of a citation: plain text when {@code url} is null, else a link whose
     * text is the address.
     */
    public record Part(String text, String url) {
    }

    public List<Part> parts(String citation) {
        List<Part> parts = new ArrayList<>();
        if (citation == null) {
            return parts;
        }
        Matcher matcher = URL.matcher(citation);
        int start = 0;
        while (matcher.find()) {
            if (matcher.start() > start) {
                parts.add(new Part(citation.substring(start, matcher.start()), null));
            }
            parts.add(new Part(matcher.group(), matcher.group()));
            start = matcher.end();
        }
        if (start < citation.length()) {
            parts.add(new Part(citation.substring(start), null));
        }
        return parts;
    }

}

package org.ccmdesk.system;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the layout needs on every page: today's date, the date the user chose (so that links
 * keep it), and the languages offered.
 */
@ControllerAdvice(annotations = Controller.class)
class LayoutModelAdvice {

    private final Clock clock;

    LayoutModelAdvice(Clock clock) {
        this.clock = clock;
    }

    @ModelAttribute("today")
    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The chosen {@code asOf} when it is a valid date, else null (links then carry no date). */
    @ModelAttribute("asOfQuery")
    String asOfQuery(HttpServletRequest request) {
        try {
            return AsOf.of(request, clock).query();
        } catch (InvalidDateParameterException e) {
            return null;
        }
    }

    /** For each language offered, a link to this same page in that language. */
    @ModelAttribute("languageLinks")
    Map<String, String> languageLinks(HttpServletRequest request) {
        Map<String, String> links = new LinkedHashMap<>();
        for (Locale language : SupportedLocaleResolver.SUPPORTED) {
            links.put(language.getLanguage(), samePageIn(request, language.getLanguage()));
        }
        return links;
    }

    private static String samePageIn(HttpServletRequest request, String language) {
        try {
            return UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString())
                    .replaceQueryParam("lang", language).build(true).toUriString();
        } catch (IllegalArgumentException malformedQuery) {
            return UriComponentsBuilder.fromPath(request.getRequestURI()).queryParam("lang", language).encode().build()
                    .toUriString();
        }
    }
}

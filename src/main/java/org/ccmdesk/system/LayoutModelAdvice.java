package org.ccmdesk.system;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the layout needs on every page: today's date, the date the user chose (so that
 * links keep it), the menu links of every module that this user sees, and the languages
 * offered.
 */
@ControllerAdvice(annotations = Controller.class)
class LayoutModelAdvice {

    private static final AuthenticationTrustResolver SIGNED_IN = new AuthenticationTrustResolverImpl();

    private final Clock clock;

    private final List<MenuEntry> menu;

    private final long uploadMaxBytes;

    LayoutModelAdvice(Clock clock, List<MenuEntries> modules,
            @org.springframework.beans.factory.annotation.Value("${spring.servlet.multipart.max-file-size:10MB}") org.springframework.util.unit.DataSize maxFile) {
        this.clock = clock;
        this.uploadMaxBytes = maxFile.toBytes();
        this.menu = modules.stream()
            .flatMap(module -> module.menuEntries().stream())
            .sorted(Comparator.comparingInt(MenuEntry::order))
            .toList();
    }

    /**
     * The largest file an upload form takes ({@code max-file-size}): the page checks it
     * before sending ({@code js/uploads.js}), so that the error is shown on the form.
     */
    @ModelAttribute("uploadMaxBytes")
    long uploadMaxBytes() {
        return uploadMaxBytes;
    }

    @ModelAttribute("today")
    LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * The chosen {@code asOf} when it is a valid date, else null (links then carry no
     * date).
     */
    @ModelAttribute("asOfQuery")
    String asOfQuery(HttpServletRequest request) {
        try {
            return AsOf.of(request, clock).query();
        }
        catch (InvalidDateParameterException e) {
            return null;
        }
    }

    @ModelAttribute("menuEntries")
    List<MenuEntry> menuEntries() {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        return menu.stream().filter(entry -> sees(user, entry.audience())).toList();
    }

    /**
     * A role's entries are for that role only (see {@link MenuEntry}); a signed-in user
     * sees the public ones too.
     */
    private static boolean sees(Authentication user, Audience audience) {
        return switch (audience) {
            case PUBLIC -> true;
            case SIGNED_IN -> SIGNED_IN.isAuthenticated(user);
            case FOCAL_POINT -> hasAuthority(user, "ROLE_FOCAL_POINT");
            case REVIEWER -> hasAuthority(user, "ROLE_REVIEWER");
            case SECRETARIAT -> hasAuthority(user, "ROLE_SECRETARIAT");
        };
    }

    private static boolean hasAuthority(Authentication user, String authority) {
        return user != null
                && user.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(authority::equals);
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
            return UriComponentsBuilder.fromPath(request.getRequestURI())
                .query(request.getQueryString())
                .replaceQueryParam("lang", language)
                .build(true)
                .toUriString();
        }
        catch (IllegalArgumentException malformedQuery) {
            return UriComponentsBuilder.fromPath(request.getRequestURI())
                .queryParam("lang", language)
                .encode()
                .build()
                .toUriString();
        }
    }

}

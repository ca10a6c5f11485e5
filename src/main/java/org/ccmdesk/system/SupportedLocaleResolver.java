package org.ccmdesk.system;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * The page language: chosen with {@code ?lang=} (kept in a cookie), else the browser's
 * first supported language, else English. Only languages with a complete message bundle
 * are offered.
 */
class SupportedLocaleResolver extends CookieLocaleResolver {

    /** The Convention's working languages, English first. */
    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.FRENCH, new Locale("es"));

    public SupportedLocaleResolver() {
        super("ccm-lang");
        setCookieMaxAge(Duration.ofDays(365));
        setCookieSameSite("Lax");
        setDefaultLocaleFunction(SupportedLocaleResolver::fromBrowser);
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        return supported(super.resolveLocale(request));
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        super.setLocale(request, response, locale == null ? null : supported(locale));
    }

    private static Locale fromBrowser(HttpServletRequest request) {
        for (Locale candidate : Collections.list(request.getLocales())) {
            for (Locale supported : SUPPORTED) {
                if (supported.getLanguage().equals(candidate.getLanguage())) {
                    return supported;
                }
            }
        }
        return Locale.ENGLISH;
    }

    private static Locale supported(Locale locale) {
        return SUPPORTED.stream()
            .filter(s -> s.getLanguage().equals(locale.getLanguage()))
            .findFirst()
            .orElse(Locale.ENGLISH);
    }

}

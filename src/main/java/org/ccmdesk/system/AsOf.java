package org.ccmdesk.system;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The date a request looks at: the {@code asOf} parameter when given (then
 * {@code chosen}, and links keep it), else today by the application's clock. Read from
 * the request once and kept on it, so the handler, the layout and the links all see the
 * same value.
 */
public record AsOf(LocalDate date, boolean chosen) {

    static final String PARAMETER = "asOf";

    private static final String ATTRIBUTE = AsOf.class.getName();

    /** The value for links: the chosen date, or null when the page shows today. */
    public String query() {
        return chosen ? date.toString() : null;
    }

    /**
     * The request's date; an invalid {@code asOf} (also an empty one, or one outside
     * {@link PlausibleDates}) is an {@link InvalidDateParameterException}.
     */
    static AsOf of(HttpServletRequest request, Clock clock) {
        Object known = request.getAttribute(ATTRIBUTE);
        if (known instanceof AsOf asOf) {
            return asOf;
        }
        String value = request.getParameter(PARAMETER);
        AsOf asOf = value == null ? new AsOf(LocalDate.now(clock), false) : new AsOf(parse(value), true);
        request.setAttribute(ATTRIBUTE, asOf);
        return asOf;
    }

    static LocalDate parse(String value) {
        LocalDate date;
        try {
            date = LocalDate.parse(value.trim());
        }
        catch (DateTimeParseException e) {
            throw new InvalidDateParameterException(PARAMETER, value);
        }
        if (!PlausibleDates.contains(date)) {
            throw new InvalidDateParameterException(PARAMETER, value);
        }
        return date;
    }
}

package org.ccmdesk.statements;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * When one episode of a reported use happened, as precisely as its source says: it began
 * between {@code beganFrom} and {@code beganBy} (a day, a month, "early 2015") and lasted
 * at most until {@code endedBy} (null when it was continuing at the time of the source).
 */
public record UseEpisode(LocalDate beganFrom, LocalDate beganBy, LocalDate endedBy) {

    public UseEpisode {
        if (beganFrom == null || beganBy == null || beganBy.isBefore(beganFrom)) {
            throw new IllegalArgumentException("an episode begins between two dates in order");
        }
        if (endedBy != null && endedBy.isBefore(beganFrom)) {
            throw new IllegalArgumentException("an episode cannot end before it begins");
        }
    }

    /**
     * Whether the episode belongs to the period from {@code since} (the previous meeting,
     * null for none) to {@code asOf}: known to have begun by {@code asOf} (its latest
     * possible start, so that a use first reported later is not put in an earlier memo)
     * and not over before {@code since}.
     */
    public boolean within(LocalDate since, LocalDate asOf) {
        boolean begun = !beganBy.isAfter(asOf);
        boolean lastedIntoPeriod = since == null || endedBy == null || !endedBy.isBefore(since);
        return begun && lastedIntoPeriod;
    }

    /**
     * The episode in words, such as April–September 2012 followed by the word for
     * continuing, or 2014 until February 2015, or February 2011. {@code untilPattern}
     * takes the month as its first argument.
     */
    public String label(Locale locale, String continuing, String untilPattern) {
        String start = span(locale);
        if (endedBy == null) {
            return start + ", " + continuing;
        }
        if (!YearMonth.from(endedBy).isAfter(YearMonth.from(beganBy))) {
            return start;
        }
        return start + ", " + new MessageFormat(untilPattern, locale).format(new Object[] { month(endedBy, locale) });
    }

    /**
     * The recorded period in words if there is one, else the episodes' labels joined by
     * semicolons, else null.
     */
    public static String describe(String period, java.util.List<UseEpisode> episodes, Locale locale, String continuing,
            String untilPattern) {
        if (period != null && !period.isBlank()) {
            return period;
        }
        if (episodes.isEmpty()) {
            return null;
        }
        return String.join("; ", episodes.stream().map(e -> e.label(locale, continuing, untilPattern)).toList());
    }

    private String span(Locale locale) {
        YearMonth from = YearMonth.from(beganFrom);
        YearMonth by = YearMonth.from(beganBy);
        if (from.equals(by)) {
            return month(beganFrom, locale);
        }
        if (from.getYear() == by.getYear() && from.getMonthValue() == 1 && by.getMonthValue() == 12) {
            return String.valueOf(from.getYear());
        }
        if (from.getYear() == by.getYear()) {
            return DateTimeFormatter.ofPattern("MMMM", locale).format(beganFrom) + "–" + month(beganBy, locale);
        }
        return month(beganFrom, locale) + "–" + month(beganBy, locale);
    }

    private static String month(LocalDate date, Locale locale) {
        String pattern = "es".equals(locale.getLanguage()) ? "MMMM 'de' yyyy" : "MMMM yyyy";
        return DateTimeFormatter.ofPattern(pattern, locale).format(date);
    }

}

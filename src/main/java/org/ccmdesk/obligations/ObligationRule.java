package org.ccmdesk.obligations;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One rule of the catalogue. Its deadline is computed from a state's entry into force:
 * {@code amount} days, calendar months or calendar years after it; a fixed date every
 * year after the year of entry into force; or none (open until met).
 * {@code extensionYears} is set for the rules whose deadline an extension can move (Art.
 * 3(3): 4 years, Art. 4(5): 5 years). {@code recordsCompleteFrom}: from which date CCM
 * Desk's records of this rule are complete (set by the secretariat; null: not known).
 */
record ObligationRule(String id, String source, Theme theme, Map<String, String> titles,
        Map<String, String> descriptions, AppliesTo appliesTo, DeadlineKind deadlineKind, Integer amount,
        Integer yearlyMonth, Integer yearlyDay, Integer extensionYears, boolean shipped,
        LocalDate recordsCompleteFrom) {

    /**
     * Whether an unmet deadline on {@code due} can be called overdue: only when the
     * records of this rule are complete from a date on or before it.
     */
    boolean recordsCover(LocalDate due) {
        return recordsCompleteFrom != null && due != null && !due.isBefore(recordsCompleteFrom);
    }

    /**
     * Yearly instances are not computed past this date, however far ahead the chosen date
     * is.
     */
    static final LocalDate LAST_YEAR_END = LocalDate.of(2100, 12, 31);

    /**
     * One due date of a rule for one state: {@code instance} is the rule id, or
     * {@code RULE:YYYY} for yearly ones.
     */
    public record Instance(String instance, LocalDate dueDate) {
    }

    public String title(Locale locale) {
        return titles.getOrDefault(locale.getLanguage(), titles.get("en"));
    }

    public String description(Locale locale) {
        return descriptions.getOrDefault(locale.getLanguage(), descriptions.get("en"));
    }

    /**
     * The instances of this rule for a state whose Convention entered into force on
     * {@code eif}, as far as they can be known on {@code asOf}: for a yearly rule every
     * year after the year of entry into force up to the first due date more than a year
     * after {@code asOf}.
     */
    public List<Instance> instances(LocalDate eif, LocalDate asOf) {
        return switch (deadlineKind) {
            case DAYS_AFTER_EIF -> List.of(new Instance(id, eif.plusDays(amount)));
            case MONTHS_AFTER_EIF -> List.of(new Instance(id, eif.plusMonths(amount)));
            case YEARS_AFTER_EIF -> List.of(new Instance(id, eif.plusYears(amount)));
            case NONE -> List.of(new Instance(id, null));
            case YEARLY_DATE -> yearly(eif, asOf);
        };
    }

    private List<Instance> yearly(LocalDate eif, LocalDate asOf) {
        List<Instance> instances = new ArrayList<>();
        MonthDay day = MonthDay.of(yearlyMonth, yearlyDay);
        LocalDate horizon = asOf.plusYears(1).isAfter(LAST_YEAR_END) ? LAST_YEAR_END : asOf.plusYears(1);
        for (int year = eif.getYear() + 1;; year++) {
            LocalDate due = day.atYear(year);
            if (due.isAfter(horizon)) {
                break;
            }
            instances.add(new Instance(id + ":" + year, due));
        }
        return instances;
    }
}

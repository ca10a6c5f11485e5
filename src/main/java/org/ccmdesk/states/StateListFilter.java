package org.ccmdesk.states;

import java.text.Collator;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.ccmdesk.system.SearchText;

/**
 * Filter and order of the list of states: by status, UN regional group, region (M49
 * region or sub-region) and a search in the name or code. Blank values mean "any".
 */
record StateListFilter(TreatyStatus status, String group, String region, String q, String sort, String dir) {

    static final List<String> SORTS = List.of("name", "status", "region", "signature", "deposit", "entryIntoForce");

    List<StateStatus> apply(List<StateStatus> states, Locale locale) {
        return apply(states, locale, iso3 -> List.of());
    }

    /**
     * As {@link #apply(List, Locale)}, the search matching also every other name a state
     * has had ({@code otherNames} by ISO code: former and formal names, other languages).
     */
    List<StateStatus> apply(List<StateStatus> states, Locale locale,
            Function<String, ? extends Collection<String>> otherNames) {
        String needle = normalize(q);
        return states.stream()
            .filter(s -> status == null || s.status() == status)
            .filter(s -> isBlank(group) || group.equals(s.unRegionalGroup()))
            .filter(s -> isBlank(region) || region.equals(s.region()) || region.equals(s.subRegion()))
            .filter(s -> needle.isEmpty() || normalize(s.name()).contains(needle) || s.iso3().equalsIgnoreCase(needle)
                    || otherNames.apply(s.iso3()).stream().anyMatch(name -> normalize(name).contains(needle)))
            .sorted(comparator(locale))
            .toList();
    }

    public String sortOrDefault() {
        return sort != null && SORTS.contains(sort) ? sort : "name";
    }

    public boolean descending() {
        return "desc".equals(dir);
    }

    private Comparator<StateStatus> comparator(Locale locale) {
        Collator collator = Collator.getInstance(locale);
        collator.setStrength(Collator.PRIMARY);
        Comparator<StateStatus> byName = Comparator.comparing(StateStatus::name, collator);
        Comparator<StateStatus> primary = switch (sortOrDefault()) {
            case "status" -> Comparator.comparing(StateStatus::status);
            case "region" -> Comparator.comparing(s -> nullToEmpty(s.region()), collator);
            case "signature" -> byDate(StateStatus::signature);
            case "deposit" -> byDate(StateStatus::deposit);
            case "entryIntoForce" -> byDate(StateStatus::entryIntoForce);
            default -> byName;
        };
        if (descending()) {
            primary = primary.reversed();
        }
        return primary.thenComparing(byName);
    }

    /**
     * Dates in order; states without the date come last in both directions (the
     * comparator is reversed for desc).
     */
    private Comparator<StateStatus> byDate(Function<StateStatus, LocalDate> date) {
        Comparator<LocalDate> natural = Comparator.naturalOrder();
        return Comparator.comparing(date,
                descending() ? Comparator.nullsFirst(natural) : Comparator.nullsLast(natural));
    }

    static String normalize(String text) {
        return SearchText.fold(text);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}

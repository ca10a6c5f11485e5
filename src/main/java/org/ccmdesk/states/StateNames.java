package org.ccmdesk.states;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every name a state has had, in the six UN languages, and the one in use on a date. A
 * language without a name for that date (a former name recorded in English only) falls
 * back: French and Spanish to the English name of that date, Arabic, Chinese and Russian
 * to nothing, rather than to today's name, which did not exist then.
 */
public record StateNames(List<StateName> all) {

    public static final List<String> LANGUAGES = List.of("en", "fr", "es", "ar", "ru", "zh");

    private static final Comparator<StateName> EARLIEST_FIRST = Comparator.comparing(StateName::validUntil,
            Comparator.nullsLast(Comparator.naturalOrder()));

    public StateNames {
        all = List.copyOf(all);
    }

    /** Current names only, one per language (the shape of the older data). */
    static StateNames current(Map<String, String> names, String formalEn) {
        return new StateNames(names.entrySet()
            .stream()
            .filter(e -> e.getValue() != null && !e.getValue().isBlank())
            .map(e -> new StateName(e.getKey(), e.getValue(), "en".equals(e.getKey()) ? formalEn : null, null, null,
                    null, null))
            .toList());
    }

    /**
     * The name in {@code language} on {@code date}, with the fallbacks above; null when
     * there is none.
     */
    public StateName on(LocalDate date, String language) {
        StateName own = own(date, language);
        if (own != null) {
            return own;
        }
        if ("fr".equals(language) || "es".equals(language) || !LANGUAGES.contains(language)) {
            return own(date, "en");
        }
        return null;
    }

    /**
     * The name on {@code date} in {@code language} when one was recorded for that
     * language and date: the earliest-ending name still in use then. A current name does
     * not count for a date before a change recorded in English but not in this language.
     */
    private StateName own(LocalDate date, String language) {
        StateName found = all.stream()
            .filter(n -> n.language().equals(language) && n.usedOn(date))
            .min(EARLIEST_FIRST)
            .orElse(null);
        if (found == null || !found.current() || "en".equals(language)) {
            return found;
        }
        StateName english = all.stream()
            .filter(n -> n.language().equals("en") && n.usedOn(date))
            .min(EARLIEST_FIRST)
            .orElse(null);
        return english != null && !english.current() ? null : found;
    }

    /**
     * The short name in each of the six languages on {@code date} (null where unknown).
     */
    public Map<String, String> namesOn(LocalDate date) {
        Map<String, String> names = new LinkedHashMap<>();
        for (String language : LANGUAGES) {
            StateName name = own(date, language);
            names.put(language, name == null ? null : name.name());
        }
        return names;
    }

    /** Former names, the earliest first, in every language. */
    public List<StateName> history() {
        return all.stream().filter(n -> !n.current()).sorted(EARLIEST_FIRST).toList();
    }

    /** Every short and formal name ever recorded, for search. */
    public Set<String> everyName() {
        Set<String> names = new LinkedHashSet<>();
        for (StateName n : all) {
            names.add(n.name());
            if (n.formalName() != null) {
                names.add(n.formalName());
            }
        }
        return names;
    }

}

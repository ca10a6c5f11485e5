package org.ccmdesk.statements;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.ccmdesk.states.Organisation;
import org.ccmdesk.states.OrganisationDirectory;
import org.ccmdesk.states.Party;
import org.ccmdesk.states.StateStatus;
import org.ccmdesk.states.TreatyStatusService;
import org.springframework.stereotype.Component;

/**
 * The names of states (as the states module gives them for the date and language) and of
 * organisations, by party key ({@code FRA}, {@code org-12}): two queries for a whole
 * list.
 */
@Component
class PartyNames {

    private final TreatyStatusService treaty;

    private final OrganisationDirectory organisations;

    PartyNames(TreatyStatusService treaty, OrganisationDirectory organisations) {
        this.treaty = treaty;
        this.organisations = organisations;
    }

    static final long KEEP_NANOS = 30_000_000_000L;

    private record Kept(long until, Map<String, String> names) {
    }

    private final Map<String, Kept> kept = new java.util.concurrent.ConcurrentHashMap<>();

    Map<String, String> all(LocalDate date, Locale locale) {
        String key = date + "/" + locale.toLanguageTag();
        long now = System.nanoTime();
        Kept known = kept.get(key);
        if (known != null && known.until() - now > 0) {
            return known.names();
        }
        if (kept.size() > 100) {
            kept.clear();
        }
        Map<String, String> names = read(date, locale);
        kept.put(key, new Kept(now + KEEP_NANOS, names));
        return names;
    }

    private Map<String, String> read(LocalDate date, Locale locale) {
        Map<String, String> names = new HashMap<>();
        for (StateStatus state : treaty.statusOfAll(date, locale)) {
            names.put(state.iso3(), state.name());
        }
        for (Organisation organisation : organisations.all()) {
            names.put(Party.organisation(organisation.id()).key(), organisation.name());
        }
        return Map.copyOf(names);
    }

    static String nameOf(Map<String, String> names, Party party) {
        return names.getOrDefault(party.key(), party.key());
    }

}

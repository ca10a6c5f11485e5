package org.ccmdesk.states;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A state (by its ISO 3166 alpha-3 code, upper case) or an organisation (by its id)
 * taking part: invited to a meeting, sending a delegation. Exactly one of {@code iso3}
 * and {@code organisationId} is set. In addresses and form values it is written
 * {@code FRA} or {@code org-12} ({@link #key()}, {@link #parse}).
 */
public record Party(String iso3, Long organisationId) {

    private static final Pattern STATE_KEY = Pattern.compile("[A-Za-z]{3}");

    // at most 12 digits: any id the database hands out, and never a number too large for
    // a long
    private static final Pattern ORGANISATION_KEY = Pattern.compile("org-([1-9][0-9]{0,11})");

    public Party {
        if ((iso3 == null) == (organisationId == null)) {
            throw new IllegalArgumentException(
                    "a party is a state or an organisation: " + iso3 + ", " + organisationId);
        }
        if (iso3 != null && !iso3.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("not an ISO3 code in upper case: " + iso3);
        }
        if (organisationId != null && organisationId <= 0) {
            throw new IllegalArgumentException("not an organisation id: " + organisationId);
        }
    }

    /** The state of that ISO3 code, in any letter case. */
    public static Party state(String iso3) {
        return new Party(iso3.toUpperCase(Locale.ROOT), null);
    }

    public static Party organisation(long id) {
        return new Party(null, id);
    }

    /**
     * {@code FRA} (any letter case) or {@code org-12}; empty for anything else,
     * {@code null} included.
     */
    public static Optional<Party> parse(String key) {
        if (key == null) {
            return Optional.empty();
        }
        if (STATE_KEY.matcher(key).matches()) {
            return Optional.of(state(key));
        }
        Matcher organisation = ORGANISATION_KEY.matcher(key);
        return organisation.matches() ? Optional.of(organisation(Long.parseLong(organisation.group(1))))
                : Optional.empty();
    }

    public boolean isState() {
        return iso3 != null;
    }

    /**
     * {@code FRA} or {@code org-12}: the form of addresses and form values, read back by
     * {@link #parse}.
     */
    public String key() {
        return isState() ? iso3 : "org-" + organisationId;
    }

    @Override
    public String toString() {
        return isState() ? "state " + iso3 : "organisation " + organisationId;
    }
}

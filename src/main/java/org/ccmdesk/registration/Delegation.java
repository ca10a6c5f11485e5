package org.ccmdesk.registration;

import java.util.Locale;
import java.util.Optional;

/**
 * Who a person represents: a state ({@code stateIso3}) or an organisation ({@code organisationId}).
 * In addresses it is written {@code FRA} or {@code org-12}.
 */
public record Delegation(String stateIso3, Long organisationId) {

    public static Delegation state(String iso3) {
        return new Delegation(iso3, null);
    }

    public static Delegation organisation(long id) {
        return new Delegation(null, id);
    }

    /** {@code FRA} or {@code org-12}; empty for anything else. */
    public static Optional<Delegation> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        if (text.matches("[A-Za-z]{3}")) {
            return Optional.of(state(text.toUpperCase(Locale.ROOT)));
        }
        if (text.matches("org-[0-9]{1,12}")) {
            return Optional.of(organisation(Long.parseLong(text.substring(4))));
        }
        return Optional.empty();
    }

    public boolean isState() {
        return stateIso3 != null;
    }

    /** The form used in addresses and form values. */
    public String key() {
        return isState() ? stateIso3 : "org-" + organisationId;
    }

    /** The invitee key of the invitations module ("STATE:FRA", "ORG:12"). */
    public String inviteeKey() {
        return isState() ? "STATE:" + stateIso3 : "ORG:" + organisationId;
    }
}

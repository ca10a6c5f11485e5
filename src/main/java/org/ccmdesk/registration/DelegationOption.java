package org.ccmdesk.registration;

import org.ccmdesk.states.Party;

/**
 * A delegation as lists and choices show it: the party and its name in the reader's
 * language.
 */
record DelegationOption(Party party, String name) {

    /**
     * {@code FRA} or {@code org-12}, as in addresses and form values; public for the
     * templates.
     */
    public String key() {
        return party.key();
    }
}

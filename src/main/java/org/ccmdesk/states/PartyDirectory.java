package org.ccmdesk.states;

import java.util.Locale;

import org.springframework.stereotype.Service;

/**
 * Whether a {@link Party} exists: a state of the reference data or a recorded
 * organisation. Modules ask before they store anything for a party named in an address or
 * a form, so that an unknown one is a 404 or a field error rather than a broken foreign
 * key.
 */
@Service
public class PartyDirectory {

    private final TreatyStatusService states;

    private final OrganisationDirectory organisations;

    PartyDirectory(TreatyStatusService states, OrganisationDirectory organisations) {
        this.states = states;
        this.organisations = organisations;
    }

    public boolean exists(Party party) {
        return party.isState() ? states.detailOf(party.iso3(), states.today(), Locale.ENGLISH).isPresent()
                : organisations.find(party.organisationId()).isPresent();
    }

}

package org.ccmdesk.invitations;

import org.ccmdesk.states.TreatyStatus;

/**
 * The groups of the funnel: a state's standing on the meeting's first day, or an
 * organisation.
 */
enum StatusGroup {

    STATES_PARTIES, SIGNATORIES, NOT_PARTY, ORGANISATIONS;

    static StatusGroup of(TreatyStatus status) {
        if (status.isStateParty()) {
            return STATES_PARTIES;
        }
        return status == TreatyStatus.SIGNATORY ? SIGNATORIES : NOT_PARTY;
    }

    public String messageKey() {
        return "statusGroup." + name();
    }

}

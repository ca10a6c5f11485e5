package org.ccmdesk.statements;

import org.ccmdesk.states.OrganisationKind;
import org.ccmdesk.states.TreatyStatus;

/** The groups of a grouped list, in speaking order. */
public enum SpeakerGroup {

    STATES_PARTIES, SIGNATORIES, STATES_NOT_PARTY, INTERNATIONAL_ORGANISATIONS, CIVIL_SOCIETY;

    /** A state by its status as of the meeting's first day. */
    public static SpeakerGroup of(TreatyStatus status) {
        if (status.isStateParty()) {
            return STATES_PARTIES;
        }
        return status == TreatyStatus.SIGNATORY ? SIGNATORIES : STATES_NOT_PARTY;
    }

    /**
     * An organisation: UN agencies, other international organisations and the Red Cross
     * and Red Crescent Movement (observers in their own right) before civil society.
     */
    public static SpeakerGroup of(OrganisationKind kind) {
        return switch (kind) {
            case UN_AGENCY, INTERNATIONAL_ORGANISATION, RED_CROSS_RED_CRESCENT -> INTERNATIONAL_ORGANISATIONS;
            case NON_GOVERNMENTAL_ORGANISATION, OTHER -> CIVIL_SOCIETY;
        };
    }

    public String messageKey() {
        return "speakerGroup." + name();
    }

}

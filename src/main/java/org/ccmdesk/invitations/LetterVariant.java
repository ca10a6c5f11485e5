package org.ccmdesk.invitations;

import org.ccmdesk.states.TreatyStatus;

/**
 * Which text a letter carries, from the invitee's treaty status on the letter's date: a
 * State Party reports progress, a signatory is asked to announce its ratification, a
 * state not party to attend and accede; an organisation gets the generic text.
 */
enum LetterVariant {

    STATE_PARTY, SIGNATORY, NOT_PARTY, ORGANISATION;

    /** {@code status} as of the letter's date; {@code null} for an organisation. */
    static LetterVariant of(TreatyStatus status) {
        if (status == null) {
            return ORGANISATION;
        }
        if (status.isStateParty()) {
            return STATE_PARTY;
        }
        return status == TreatyStatus.SIGNATORY ? SIGNATORY : NOT_PARTY;
    }

    public String messageKey() {
        return "letter.body." + name();
    }

}

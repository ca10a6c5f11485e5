package org.ccmdesk.invitations;

import org.ccmdesk.states.Party;

/**
 * An address through which a state (or an organisation) is written to: its mission's
 * e-mail address, the name or office it belongs to (if known) and the language the
 * mission reads messages in.
 */
record MissionContact(long id, Party party, String email, String name, String language) {

    MissionContactEntry entry() {
        return new MissionContactEntry(party, email, name, language);
    }

}

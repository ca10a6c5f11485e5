package org.ccmdesk.registration;

import java.util.List;

import org.ccmdesk.states.Party;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * For other modules (the reminder before a meeting): which delegations of a meeting have
 * someone registered (submitted or approved) but no credentials uploaded yet.
 */
@Service
@Transactional(readOnly = true)
public class MissingCredentials {

    private final CredentialStore credentials;

    MissingCredentials(CredentialStore credentials) {
        this.credentials = credentials;
    }

    /**
     * The delegations of the meeting still without credentials, in no particular order.
     */
    public List<Party> delegations(long meetingId) {
        return credentials.missing(meetingId);
    }

}

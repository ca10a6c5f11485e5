package org.ccmdesk.registration;

import org.ccmdesk.system.EmailAddresses;
import org.ccmdesk.states.Party;
import org.ccmdesk.system.ActingUser;
import org.ccmdesk.system.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see what: a registration and its profile (with the passport details) are for
 * the person themself, the focal points of their delegation and the secretariat.
 */
@Component
class RegistrationAccess {

    private final RegistrationQueries queries;

    RegistrationAccess(RegistrationQueries queries) {
        this.queries = queries;
    }

    static ActingUser user() {
        return ActingUser.current().orElseThrow(() -> new AccessDeniedException("not signed in"));
    }

    static boolean canActFor(ActingUser user, Party delegation) {
        return delegation.isState() ? user.canActForState(delegation.iso3())
                : user.canActForOrganisation(delegation.organisationId());
    }

    /**
     * The registration if the signed-in user may see it; 404 when there is none, 403 when
     * it is someone else's.
     */
    Registration checkCanSee(long registrationId) {
        Registration registration = queries.find(registrationId)
            .orElseThrow(() -> new NotFoundException("registration.notFound", registrationId));
        Participant participant = queries.participant(registration.participantId()).orElseThrow();
        if (!canSee(user(), participant, registration.delegation())) {
            throw new AccessDeniedException("registration " + registrationId);
        }
        return registration;
    }

    /** A profile is the person's own, or of a delegation the user acts for. */
    static boolean canSee(ActingUser user, Participant participant, Party delegation) {
        return user.isSecretariat() || EmailAddresses.normal(user.email()).equals(participant.email())
                || canActFor(user, delegation) || canActFor(user, participant.delegation());
    }

    void checkCanActFor(Party delegation) {
        if (!canActFor(user(), delegation)) {
            throw new AccessDeniedException("delegation " + delegation.key());
        }
    }

}

package org.ccmdesk.registration;

/**
 * The person is already registered for the meeting: the page shows that registration
 * instead; the API answers its id and status.
 */
class AlreadyRegistered extends RuntimeException {

    private final long registrationId;

    private final RegistrationStatus current;

    AlreadyRegistered(Registration existing) {
        super("already registered: " + existing.id());
        this.registrationId = existing.id();
        this.current = existing.status();
    }

    long registrationId() {
        return registrationId;
    }

    RegistrationStatus current() {
        return current;
    }

}

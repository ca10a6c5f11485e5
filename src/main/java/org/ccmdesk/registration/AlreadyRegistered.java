package org.ccmdesk.registration;

/**
 * The person is already registered for the meeting: the page shows that registration
 * instead.
 */
class AlreadyRegistered extends RuntimeException {

    private final long registrationId;

    AlreadyRegistered(long registrationId) {
        super("already registered: " + registrationId);
        this.registrationId = registrationId;
    }

    long registrationId() {
        return registrationId;
    }

}

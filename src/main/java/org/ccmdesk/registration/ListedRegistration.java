package org.ccmdesk.registration;

/**
 * A line of the secretariat's list of a meeting's registrations: the registration with
 * its person and delegation, whether the visa letter is issued (it can be downloaded:
 * approved, asked for, passport details given) and whether the delegation uploaded its
 * credentials for the meeting.
 */
record ListedRegistration(RegistrationRow row, boolean visaLetterIssued, boolean credentialsReceived) {

    public Registration registration() {
        return row.registration();
    }

    public Participant participant() {
        return row.participant();
    }

}

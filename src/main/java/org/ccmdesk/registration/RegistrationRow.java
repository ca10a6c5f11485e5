package org.ccmdesk.registration;

/**
 * A registration with its person and the name of their delegation, for lists and pages.
 */
record RegistrationRow(Registration registration, Participant participant, String delegationName, String meetingName) {
}

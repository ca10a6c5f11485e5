package org.ccmdesk.notifications;

/**
 * The secretariat asked for a test message to their own address, to check that mail
 * leaves (an event like any other, so the test goes the way every message goes).
 */
record MailTestRequested(String email, String name, String language, String requestId) {
}

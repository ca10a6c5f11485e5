/**
 * Outgoing mail: every message CCM Desk sends, decided by a listener of another module's
 * event (stored by Spring Modulith's JDBC event registry, so a stop loses none), written
 * from templates in the recipient's language, kept with its state and delivered by a
 * background job with retries; reminders; each person's choice of messages and the signed
 * link that stops them. Nobody calls this module: it listens.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package org.ccmdesk.notifications;

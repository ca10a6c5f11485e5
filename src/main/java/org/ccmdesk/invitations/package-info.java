/**
 * Invitation letters for a meeting to every state and to the organisations the
 * secretariat selects, sent through their missions; their answers and reminders; the
 * letters as PDF (one, or all of them built in the background); the invitation funnel
 * (invited, acknowledged, registered).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Invitations",
        allowedDependencies = { "meetings", "states", "system" })
package org.ccmdesk.invitations;

/**
 * Desks: the landing page after sign-in, one per role, listing what the user has to do,
 * each item a link to the page where it is done. Read only: it asks the other modules'
 * public services and stores nothing.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Desks", allowedDependencies = { "obligations",
        "invitations", "briefings", "registration", "meetings", "states", "sponsorship", "system" })
package org.ccmdesk.desks;

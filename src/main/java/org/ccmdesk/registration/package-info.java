/**
 * Participant profiles (one per person, reused for every meeting), a registration per
 * meeting with a role in the delegation, credentials, approval, the delegation advice of
 * the memo, the lists of participants, badges and visa support letters.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Registration",
        allowedDependencies = { "meetings", "states", "system" })
package org.ccmdesk.registration;

/**
 * What each delegation says at a meeting: speakers' lists per agenda item with the
 * chair's console and the room view, statements (private until published), reports of use
 * of cluster munitions and the states that condemned each.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Statements",
        allowedDependencies = { "meetings", "states", "accounts", "registration", "system" })
package org.ccmdesk.statements;

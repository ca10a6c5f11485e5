/**
 * Briefing memos: for a state and a meeting, as of a date, the memo written for that
 * state from the facts the other modules hold (the meeting, the treaty status, the
 * deadlines, the uses and condemnations, the delegation and its sponsorship), as a page,
 * PDF and Markdown; and a CSV of every invited state's lines to prepare. It only reads.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Briefings", allowedDependencies = { "states",
        "obligations", "meetings", "invitations", "registration", "statements", "sponsorship", "system" })
package org.ccmdesk.briefings;

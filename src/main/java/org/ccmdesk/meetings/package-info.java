/**
 * Meetings of the Convention (intersessional meetings, Meetings of States Parties, review
 * conferences) and the related meetings of the same weeks, their agendas, registration
 * windows and calendar files.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Meetings", allowedDependencies = { "states", "system" })
package org.ccmdesk.meetings;

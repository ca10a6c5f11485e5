/**
 * The catalogue of obligations (Convention articles and Vientiane Action Plan actions, as
 * data), each State Party's deadlines computed from its entry into force, what it has
 * done (fulfilments, Article 7 reports, extension requests), and what is due or overdue
 * as of any date.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Obligations",
        allowedDependencies = { "states", "system" })
package org.ccmdesk.obligations;

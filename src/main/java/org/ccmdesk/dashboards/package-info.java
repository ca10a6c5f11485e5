/**
 * Public overview pages: the home page with the headline figures, the chart of States
 * Parties and signatories over time and the world map of treaty status.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dashboards",
        allowedDependencies = { "states", "system" })
package org.ccmdesk.dashboards;

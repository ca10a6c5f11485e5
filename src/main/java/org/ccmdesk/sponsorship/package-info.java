/**
 * The sponsorship programme for low-income and affected states: funds per programme year
 * (in CHF), a call per meeting, applications with their eligibility and priority,
 * reviews, offers with items that commit money, what was spent, the ledger and the
 * programme report. The money invariant (committed + spent never exceeds the funds
 * counted) is kept by the database: every change locks the programme year's row.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Sponsorship",
        allowedDependencies = { "registration", "meetings", "obligations", "states", "accounts", "system" })
package org.ccmdesk.sponsorship;

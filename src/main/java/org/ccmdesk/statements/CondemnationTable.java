package org.ccmdesk.statements;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.ccmdesk.states.StateStatus;
import org.ccmdesk.states.TreatyStatus;

/**
 * Who condemned a reported use as of a date: the states that did (first condemnation on
 * or before the date, with its source and link), the States Parties that have not
 * (Article 21(2) obliges them to discourage use by states not party), the other states;
 * counts of those that condemned by status and by region.
 */
record CondemnationTable(CmUse use, String countryName, LocalDate asOf, List<Condemned> condemned,
        List<StateStatus> statesPartiesSilent, List<StateStatus> others, Map<TreatyStatus, Long> byStatus,
        Map<String, Long> byRegion) {

    /** A state that condemned the use, with its first condemnation. */
    record Condemned(StateStatus state, LocalDate date, String source, String link) {
    }

}

package org.ccmdesk.states;

import java.time.LocalDate;
import java.util.Locale;

/**
 * A state and its standing towards the Convention as of a date: the shape of
 * {@code GET /api/states}. Dates after {@code asOf} are not shown: the picture is the one
 * of that day.
 */
public record StateStatus(String iso3, String name, String region, String subRegion, String unRegionalGroup,
        TreatyStatus status, LocalDate signature, LocalDate deposit, DepositKind depositKind, LocalDate entryIntoForce,
        LocalDate withdrawal) {

    static StateStatus of(StateRow row, LocalDate asOf, Locale locale) {
        TreatyRecord treaty = row.treaty().knownOn(asOf);
        return new StateStatus(row.iso3(), row.name(locale), row.region(), row.subRegion(), row.unRegionalGroup(),
                treaty.statusOn(asOf), treaty.signature(), treaty.deposit(), treaty.depositKind(),
                treaty.entryIntoForce(), treaty.withdrawal());
    }
}

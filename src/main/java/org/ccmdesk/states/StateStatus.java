package org.ccmdesk.states;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

/**
 * A state and its standing towards the Convention as of a date: the shape of
 * {@code GET /api/states}. Dates after {@code asOf} are not shown: the picture is the one
 * of that day. {@code name} is the state's name in the requested language as it was on
 * {@code asOf} (Swaziland before 19 April 2018, Eswatini after), {@code formalName} its
 * formal name then, and {@code names} its short name in each of the six UN languages on
 * that date (null where no source gives it).
 */
public record StateStatus(String iso3, String name, String region, String subRegion, String unRegionalGroup,
        TreatyStatus status, LocalDate signature, LocalDate deposit, DepositKind depositKind, LocalDate entryIntoForce,
        LocalDate withdrawal, String formalName, Map<String, String> names) {

    /** The shape before names were dated (the other fields as they were). */
    public StateStatus(String iso3, String name, String region, String subRegion, String unRegionalGroup,
            TreatyStatus status, LocalDate signature, LocalDate deposit, DepositKind depositKind,
            LocalDate entryIntoForce, LocalDate withdrawal) {
        this(iso3, name, region, subRegion, unRegionalGroup, status, signature, deposit, depositKind, entryIntoForce,
                withdrawal, null, Map.of());
    }

    static StateStatus of(StateRow row, LocalDate asOf, Locale locale) {
        TreatyRecord treaty = row.treaty().knownOn(asOf);
        StateName name = row.nameOn(asOf, locale);
        return new StateStatus(row.iso3(), name.name(), row.region(), row.subRegion(), row.unRegionalGroup(),
                treaty.statusOn(asOf), treaty.signature(), treaty.deposit(), treaty.depositKind(),
                treaty.entryIntoForce(), treaty.withdrawal(), name.formalOrName(), row.dated().namesOn(asOf));
    }
}

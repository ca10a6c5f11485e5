package org.ccmdesk.states;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * Everything shown about one state as of a date: the fields of {@link StateStatus} plus
 * the sources of its dates and names, its income group and the facts about contamination
 * and stockpiles. {@code sources} has the keys signature, deposit, withdrawal, names and
 * region; {@code events} says where each event known on that date comes from (shipped or
 * recorded). {@code formalName} and {@code names} are those in use on the date;
 * {@code nameHistory} every former name with the day its successor took effect and its
 * source; {@code officialName} is the English formal name of today's data, as before;
 * {@code mission} how the state is written to in Geneva.
 */
public record StateDetail(String iso3, String name, String region, String subRegion, String unRegionalGroup,
        TreatyStatus status, LocalDate signature, LocalDate deposit, DepositKind depositKind, LocalDate entryIntoForce,
        LocalDate withdrawal, String officialName, String unStatus, Map<String, String> sources,
        List<StateIncome> incomeGroups, List<AreaFact> facts, List<RecordedEvent> events, String formalName,
        Map<String, String> names, List<StateName> nameHistory, Mission mission, @JsonIgnore StateName nameOnDate) {

    /** The shape before names were dated (the other fields as they were). */
    public StateDetail(String iso3, String name, String region, String subRegion, String unRegionalGroup,
            TreatyStatus status, LocalDate signature, LocalDate deposit, DepositKind depositKind,
            LocalDate entryIntoForce, LocalDate withdrawal, String officialName, String unStatus,
            Map<String, String> sources, List<StateIncome> incomeGroups, List<AreaFact> facts,
            List<RecordedEvent> events) {
        this(iso3, name, region, subRegion, unRegionalGroup, status, signature, deposit, depositKind, entryIntoForce,
                withdrawal, officialName, unStatus, sources, incomeGroups, facts, events, officialName, Map.of(),
                List.of(), Mission.PERMANENT, new StateName("en", name, officialName, null, null, null, null));
    }

    static StateDetail of(StateRow row, LocalDate asOf, Locale locale, List<StateIncome> incomes, List<AreaFact> facts,
            List<RecordedEvent> events) {
        StateStatus s = StateStatus.of(row, asOf, locale);
        Map<String, String> sources = new LinkedHashMap<>(row.sources());
        if (s.signature() == null) {
            sources.remove("signature");
        }
        if (s.deposit() == null) {
            sources.remove("deposit");
        }
        if (s.withdrawal() == null) {
            sources.remove("withdrawal");
        }
        return new StateDetail(s.iso3(), s.name(), s.region(), s.subRegion(), s.unRegionalGroup(), s.status(),
                s.signature(), s.deposit(), s.depositKind(), s.entryIntoForce(), s.withdrawal(), row.officialNameEn(),
                row.unStatus(), sources, incomes, facts, events.stream().filter(e -> !e.date().isAfter(asOf)).toList(),
                s.formalName(), s.names(), row.dated().history(), row.mission(), row.nameOn(asOf, locale));
    }
}

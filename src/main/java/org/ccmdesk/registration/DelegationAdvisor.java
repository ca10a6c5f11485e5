package org.ccmdesk.registration;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.ccmdesk.states.FlagValue;
import org.ccmdesk.states.FlagRecord;
import org.ccmdesk.states.Organisation;
import org.ccmdesk.states.OrganisationDirectory;
import org.ccmdesk.states.StateFlag;
import org.ccmdesk.states.StateFlags;
import org.ccmdesk.states.StateStatus;
import org.ccmdesk.states.TreatyStatusService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The delegation advice of each delegation of a meeting. A state is affected when any of the
 * facts recorded for it (contamination, stockpiles, victims) is "yes".
 */
@Service
@Transactional(readOnly = true)
class DelegationAdvisor {

    private final RegistrationQueries queries;
    private final StateFlags flags;
    private final TreatyStatusService states;
    private final OrganisationDirectory organisations;

    DelegationAdvisor(RegistrationQueries queries, StateFlags flags, TreatyStatusService states,
            OrganisationDirectory organisations) {
        this.queries = queries;
        this.flags = flags;
        this.states = states;
        this.organisations = organisations;
    }

    DelegationAdvice adviceFor(long meetingId, Delegation delegation, Locale locale) {
        boolean affected = delegation.isState() && affected(flags.of(delegation.stateIso3()));
        return DelegationAdvice.of(delegation, name(delegation, locale), affected, queries.forDelegation(meetingId, delegation));
    }

    /** Every delegation with a submitted or approved registration whose check list is not complete, by name. */
    List<DelegationAdvice> lacking(long meetingId, Locale locale) {
        Map<String, Map<StateFlag, FlagRecord>> all = flags.all();
        Map<Delegation, List<Registration>> byDelegation = queries.forMeeting(meetingId, null).stream()
                .filter(r -> r.status().isActive())
                .collect(Collectors.groupingBy(Registration::delegation, LinkedHashMap::new, Collectors.toList()));
        Map<String, String> stateNames = states.statusOfAll(states.today(), locale).stream()
                .collect(Collectors.toMap(StateStatus::iso3, StateStatus::name));
        Map<Long, String> organisationNames = organisations.all().stream()
                .collect(Collectors.toMap(Organisation::id, Organisation::name, (a, b) -> a));
        return byDelegation.entrySet().stream().map(e -> {
            Delegation d = e.getKey();
            boolean affected = d.isState() && affected(all.getOrDefault(d.stateIso3(), Map.of()));
            String name = d.isState() ? stateNames.getOrDefault(d.stateIso3(), d.stateIso3()) : organisationNames.get(d.organisationId());
            return DelegationAdvice.of(d, name, affected, e.getValue());
        }).filter(a -> !a.missing().isEmpty()).sorted(Comparator.comparing(DelegationAdvice::name)).toList();
    }

    String name(Delegation delegation, Locale locale) {
        if (delegation.isState()) {
            return states.detailOf(delegation.stateIso3(), states.today(), locale).map(d -> d.name())
                    .orElse(delegation.stateIso3());
        }
        return organisations.find(delegation.organisationId()).map(Organisation::name).orElse(delegation.key());
    }

    private static boolean affected(Map<StateFlag, FlagRecord> recorded) {
        return recorded.values().stream().anyMatch(f -> f.value() == FlagValue.YES);
    }
}

package org.ccmdesk.registration;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.ccmdesk.states.FlagRecord;
import org.ccmdesk.states.FlagValue;
import org.ccmdesk.states.Party;
import org.ccmdesk.states.StateFlag;
import org.ccmdesk.states.StateFlags;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The delegation advice of each delegation of a meeting. A state is affected when any of
 * the facts recorded for it (contamination, stockpiles, victims) is "yes".
 */
@Service
@Transactional(readOnly = true)
class DelegationAdvisor {

    private final RegistrationQueries queries;

    private final StateFlags flags;

    private final RegistrationViews views;

    DelegationAdvisor(RegistrationQueries queries, StateFlags flags, RegistrationViews views) {
        this.queries = queries;
        this.flags = flags;
        this.views = views;
    }

    DelegationAdvice adviceFor(long meetingId, Party delegation, Locale locale) {
        boolean affected = delegation.isState() && affected(flags.of(delegation.iso3()));
        String name = RegistrationViews.name(delegation, views.stateNames(locale), views.organisationNames());
        return DelegationAdvice.of(delegation, name, affected, queries.forDelegation(meetingId, delegation));
    }

    /**
     * Every delegation with a submitted or approved registration whose check list is not
     * complete, by name.
     */
    List<DelegationAdvice> lacking(long meetingId, Locale locale) {
        Map<String, Map<StateFlag, FlagRecord>> all = flags.all();
        Map<Party, List<Registration>> byDelegation = queries.forMeeting(meetingId, null)
            .stream()
            .filter(r -> r.status().isActive())
            .collect(Collectors.groupingBy(Registration::delegation, LinkedHashMap::new, Collectors.toList()));
        Map<String, String> stateNames = views.stateNames(locale);
        Map<Long, String> organisationNames = views.organisationNames();
        return byDelegation.entrySet().stream().map(e -> {
            Party d = e.getKey();
            boolean affected = d.isState() && affected(all.getOrDefault(d.iso3(), Map.of()));
            return DelegationAdvice.of(d, RegistrationViews.name(d, stateNames, organisationNames), affected,
                    e.getValue());
        }).filter(a -> !a.missing().isEmpty()).sorted(Comparator.comparing(DelegationAdvice::name)).toList();
    }

    private static boolean affected(Map<StateFlag, FlagRecord> recorded) {
        return recorded.values().stream().anyMatch(f -> f.value() == FlagValue.YES);
    }

}

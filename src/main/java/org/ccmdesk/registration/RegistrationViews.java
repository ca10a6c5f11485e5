package org.ccmdesk.registration;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.ccmdesk.meetings.Meeting;
import org.ccmdesk.meetings.MeetingService;
import org.ccmdesk.states.Organisation;
import org.ccmdesk.states.OrganisationDirectory;
import org.ccmdesk.states.Party;
import org.ccmdesk.states.StateStatus;
import org.ccmdesk.states.TreatyStatusService;
import org.ccmdesk.system.ActingUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registrations joined with their people, delegation names and meeting names, in a few
 * queries whatever their number.
 */
@Service
@Transactional(readOnly = true)
class RegistrationViews {

    private final JdbcClient jdbc;

    private final TreatyStatusService states;

    private final OrganisationDirectory organisations;

    private final MeetingService meetings;

    RegistrationViews(JdbcClient jdbc, TreatyStatusService states, OrganisationDirectory organisations,
            MeetingService meetings) {
        this.jdbc = jdbc;
        this.states = states;
        this.organisations = organisations;
        this.meetings = meetings;
    }

    /** Rows by delegation name, then role order, then family name. */
    List<RegistrationRow> rows(List<Registration> registrations, Locale locale) {
        if (registrations.isEmpty()) {
            return List.of();
        }
        Map<Long, Participant> people = jdbc.sql("select * from participant where id in (:ids)")
            .param("ids", registrations.stream().map(Registration::participantId).distinct().toList())
            .query((rs, n) -> RegistrationQueries.participant(rs))
            .list()
            .stream()
            .collect(Collectors.toMap(Participant::id, Function.identity()));
        Map<String, String> stateNames = stateNames(locale);
        Map<Long, String> organisationNames = organisationNames();
        Map<Long, String> meetingNames = meetings.all()
            .stream()
            .collect(Collectors.toMap(Meeting::id, Meeting::shortName));
        return registrations.stream()
            .map(r -> new RegistrationRow(r, people.get(r.participantId()),
                    name(r.delegation(), stateNames, organisationNames), meetingNames.get(r.meetingId())))
            .sorted(Comparator.comparing(RegistrationRow::delegationName)
                .thenComparing(row -> row.registration().role())
                .thenComparing(row -> row.participant().familyName()))
            .toList();
    }

    Map<String, String> stateNames(Locale locale) {
        return states.statusOfAll(states.today(), locale)
            .stream()
            .collect(Collectors.toMap(StateStatus::iso3, StateStatus::name));
    }

    Map<Long, String> organisationNames() {
        return organisations.all()
            .stream()
            .collect(Collectors.toMap(Organisation::id, Organisation::name, (a, b) -> a));
    }

    /**
     * Every state, then every organisation, by name: the delegations the secretariat may
     * open.
     */
    List<DelegationOption> allDelegations(Locale locale) {
        Stream<DelegationOption> states = stateNames(locale).entrySet()
            .stream()
            .map(e -> new DelegationOption(Party.state(e.getKey()), e.getValue()))
            .sorted(Comparator.comparing(DelegationOption::name));
        Stream<DelegationOption> organisations = organisationNames().entrySet()
            .stream()
            .map(e -> new DelegationOption(Party.organisation(e.getKey()), e.getValue()))
            .sorted(Comparator.comparing(DelegationOption::name));
        return Stream.concat(states, organisations).toList();
    }

    /**
     * The delegations a focal point acts for (none for others; the secretariat chooses
     * among all).
     */
    List<DelegationOption> delegationsOf(ActingUser user, Locale locale) {
        if (user.isSecretariat()) {
            return List.of();
        }
        return allDelegations(locale).stream().filter(o -> RegistrationAccess.canActFor(user, o.party())).toList();
    }

    /** These delegations with their names, by name. */
    List<DelegationOption> named(List<Party> delegations, Locale locale) {
        Map<String, String> stateNames = stateNames(locale);
        Map<Long, String> organisationNames = organisationNames();
        return delegations.stream()
            .map(d -> new DelegationOption(d, name(d, stateNames, organisationNames)))
            .sorted(Comparator.comparing(DelegationOption::name))
            .toList();
    }

    static String name(Party delegation, Map<String, String> stateNames, Map<Long, String> organisationNames) {
        return delegation.isState() ? stateNames.getOrDefault(delegation.iso3(), delegation.iso3())
                : organisationNames.getOrDefault(delegation.organisationId(), delegation.key());
    }

}

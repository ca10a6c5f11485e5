package org.ccmdesk.registration;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.ccmdesk.meetings.Meeting;
import org.ccmdesk.meetings.MeetingService;
import org.ccmdesk.registration.ParticipantList.Group;
import org.ccmdesk.registration.ParticipantList.ListedDelegation;
import org.ccmdesk.registration.ParticipantList.Member;
import org.ccmdesk.registration.RegistrationQueries.ApprovedRow;
import org.ccmdesk.states.Organisation;
import org.ccmdesk.states.OrganisationDirectory;
import org.ccmdesk.states.OrganisationKind;
import org.ccmdesk.states.Party;
import org.ccmdesk.states.StateStatus;
import org.ccmdesk.states.TreatyStatus;
import org.ccmdesk.states.TreatyStatusService;
import org.ccmdesk.system.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the list of approved participants of a meeting in the Convention's order. A
 * state's group is its treaty status on the meeting's first day (a state that ratified
 * later still came as a signatory); organisations follow, grouped by kind.
 */
@Component
@Transactional(readOnly = true)
class ParticipantLists {

    static final String STATES_PARTIES = "STATES_PARTIES";
    static final String SIGNATORIES = "SIGNATORIES";
    static final String NOT_PARTY = "NOT_PARTY";

    private final RegistrationQueries queries;

    private final MeetingService meetings;

    private final TreatyStatusService states;

    private final OrganisationDirectory organisations;

    private final MessageSource messages;

    ParticipantLists(RegistrationQueries queries, MeetingService meetings, TreatyStatusService states,
            OrganisationDirectory organisations, MessageSource messages) {
        this.queries = queries;
        this.meetings = meetings;
        this.states = states;
        this.organisations = organisations;
        this.messages = messages;
    }

    /**
     * The meeting with its texts (name, venue) in the language of the page or document,
     * so that lists and badges are wholly in that language.
     */
    Meeting meeting(long id, java.util.Locale locale) {
        return meetings.find(id, locale).orElseThrow(() -> new NotFoundException("meeting.notFound", id));
    }

    /** Every approved participant, consenting to publication or not. */
    ParticipantList<Member> full(Meeting meeting, Locale locale) {
        Map<String, StateStatus> stateStatus = states.statusOfAll(meeting.firstDay(), locale)
            .stream()
            .collect(Collectors.toMap(StateStatus::iso3, Function.identity()));
        Map<Long, Organisation> orgs = organisations.all()
            .stream()
            .collect(Collectors.toMap(Organisation::id, Function.identity()));
        Map<String, Map<Party, List<Member>>> byGroup = new LinkedHashMap<>();
        for (String group : groupOrder()) {
            byGroup.put(group, new LinkedHashMap<>());
        }
        for (ApprovedRow row : queries.approved(meeting.id())) {
            String group = groupOf(row.delegation(), stateStatus, orgs);
            byGroup.get(group).computeIfAbsent(row.delegation(), d -> new ArrayList<>()).add(row.member());
        }
        Collator collator = Collator.getInstance(locale);
        Comparator<Member> memberOrder = Comparator.comparing(Member::role)
            .thenComparing(Member::familyName, collator)
            .thenComparing(Member::givenNames, collator)
            .thenComparingLong(Member::registrationId);
        List<Group<Member>> groups = new ArrayList<>();
        byGroup.forEach((group, delegations) -> {
            if (!delegations.isEmpty()) {
                List<ListedDelegation<Member>> listed = delegations.entrySet()
                    .stream()
                    .map(e -> new ListedDelegation<>(e.getKey().key(), name(e.getKey(), stateStatus, orgs),
                            e.getValue().stream().sorted(memberOrder).toList()))
                    .sorted(Comparator.comparing(ListedDelegation::name, collator))
                    .toList();
                groups
                    .add(new Group<>(group, messages.getMessage("participants.group." + group, null, locale), listed));
            }
        });
        return ParticipantList.of(meeting.id(), meeting.name(), meeting.shortName(), groups);
    }

    private static List<String> groupOrder() {
        List<String> order = new ArrayList<>(List.of(STATES_PARTIES, SIGNATORIES, NOT_PARTY));
        for (OrganisationKind kind : OrganisationKind.values()) {
            order.add(kind.name());
        }
        return order;
    }

    private static String groupOf(Party delegation, Map<String, StateStatus> states, Map<Long, Organisation> orgs) {
        if (!delegation.isState()) {
            Organisation organisation = orgs.get(delegation.organisationId());
            return (organisation == null ? OrganisationKind.OTHER : organisation.kind()).name();
        }
        StateStatus status = states.get(delegation.iso3());
        if (status != null && status.status().isStateParty()) {
            return STATES_PARTIES;
        }
        return status != null && status.status() == TreatyStatus.SIGNATORY ? SIGNATORIES : NOT_PARTY;
    }

    private static String name(Party delegation, Map<String, StateStatus> states, Map<Long, Organisation> orgs) {
        if (delegation.isState()) {
            StateStatus status = states.get(delegation.iso3());
            return status == null ? delegation.iso3() : status.name();
        }
        Organisation organisation = orgs.get(delegation.organisationId());
        return organisation == null ? delegation.key() : organisation.name();
    }

}

package org.ccmdesk.registration;

import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The list of participants of a meeting as the Convention publishes it: groups (States
 * Parties, signatories, states not party, then organisations by kind), delegations by
 * name in each group, members by role then family name. {@code M} is what is shown of a
 * member: {@link Member} for the secretariat, {@link PublicMember} for everyone.
 * {@code delegations} and {@code participants} count what the list holds.
 */
record ParticipantList<M>(long meetingId, String meeting, String meetingShortName, int delegations, int participants,
        List<Group<M>> groups) {

    /**
     * {@code group} is STATES_PARTIES, SIGNATORIES, NOT_PARTY or an organisation kind;
     * {@code title} is in the list's language.
     */
    public record Group<M>(String group, String title, List<ListedDelegation<M>> delegations) {
    }

    /** {@code delegation} is FRA or org-12. */
    public record ListedDelegation<M>(String delegation, String name, List<M> members) {
    }

    /**
     * Everything the secretariat's exports and the badges need; never shown to the
     * public.
     */
    public record Member(long registrationId, long participantId, String title, String givenNames, String familyName,
            String badgeName, String function, DelegationRole role, String email, boolean publicConsent, boolean late,
            java.util.Set<AccessibilityNeed> needs, String otherNeeds, boolean publicSurvivorRole) {

        /**
         * A survivor's role is personal: the public list shows SURVIVOR only when the
         * person chose it on their profile ({@code publicSurvivorRole}, off unless
         * ticked), and OTHER otherwise.
         */
        public PublicMember publicView() {
            return new PublicMember(title, badgeName, function,
                    role == DelegationRole.SURVIVOR && !publicSurvivorRole ? DelegationRole.OTHER : role);
        }
    }

    /** What the public list shows of a person who agreed to appear on it. */
    public record PublicMember(String title, String badgeName, String function, DelegationRole role) {
    }

    static <M> ParticipantList<M> of(long meetingId, String meeting, String shortName, List<Group<M>> groups) {
        int delegations = groups.stream().mapToInt(g -> g.delegations().size()).sum();
        int participants = groups.stream()
            .flatMap(g -> g.delegations().stream())
            .mapToInt(d -> d.members().size())
            .sum();
        return new ParticipantList<>(meetingId, meeting, shortName, delegations, participants, groups);
    }

    /**
     * The same list with only the members kept, each shown as {@code view}; delegations
     * and groups left empty are dropped.
     */
    <P> ParticipantList<P> map(Predicate<M> keep, Function<M, P> view) {
        List<Group<P>> kept = groups.stream()
            .map(g -> new Group<>(g.group(), g.title(),
                    g.delegations()
                        .stream()
                        .map(d -> new ListedDelegation<>(d.delegation(), d.name(),
                                d.members().stream().filter(keep).map(view).toList()))
                        .filter(d -> !d.members().isEmpty())
                        .toList()))
            .filter(g -> !g.delegations().isEmpty())
            .toList();
        return of(meetingId, meeting, meetingShortName, kept);
    }

    /**
     * The list as published: only the people who agreed to appear on it, without contact
     * details.
     */
    static ParticipantList<PublicMember> publicList(ParticipantList<Member> full) {
        return full.map(Member::publicConsent, Member::publicView);
    }
}

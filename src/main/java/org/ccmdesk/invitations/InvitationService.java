package org.ccmdesk.invitations;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.ccmdesk.meetings.Meeting;
import org.ccmdesk.meetings.MeetingParticipation;
import org.ccmdesk.meetings.MeetingService;
import org.ccmdesk.states.Organisation;
import org.ccmdesk.states.OrganisationDirectory;
import org.ccmdesk.states.Party;
import org.ccmdesk.states.StateStatus;
import org.ccmdesk.states.TreatyStatusService;
import org.ccmdesk.system.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading the invitations of a meeting with their invitees' names and groups, and the
 * funnel.
 */
@Service
@Transactional(readOnly = true)
public class InvitationService {

    private final MeetingService meetings;

    private final TreatyStatusService states;

    private final OrganisationDirectory organisations;

    private final InvitationQueries queries;

    private final MeetingParticipation participation;

    InvitationService(MeetingService meetings, TreatyStatusService states, OrganisationDirectory organisations,
            InvitationQueries queries, MeetingParticipation participation) {
        this.participation = participation;
        this.meetings = meetings;
        this.states = states;
        this.organisations = organisations;
        this.queries = queries;
    }

    /**
     * The day the invitations to the meeting were sent (the earliest sending recorded),
     * empty while none is sent.
     */
    public java.util.Optional<LocalDate> invitationsSentOn(long meetingId) {
        return queries.forMeeting(meetingId)
            .stream()
            .map(Invitation::sentOn)
            .filter(java.util.Objects::nonNull)
            .min(java.util.Comparator.naturalOrder());
    }

    /**
     * The ISO3 codes of the states invited to the meeting, in the order of invitation.
     */
    public List<String> invitedStates(long meetingId) {
        return queries.forMeeting(meetingId)
            .stream()
            .map(i -> i.invitee().iso3())
            .filter(java.util.Objects::nonNull)
            .toList();
    }

    public InvitationFunnel funnel(long meetingId) {
        Meeting meeting = meeting(meetingId);
        List<InviteeView> invitees = invitees(meeting, Locale.ENGLISH);
        Map<String, InvitationFunnel.Stage> groups = new LinkedHashMap<>();
        for (StatusGroup group : StatusGroup.values()) {
            groups.put(group.name(), InvitationFunnel.Stage.ZERO);
        }
        Map<String, InvitationFunnel.Stage> regions = new TreeMap<>();
        InvitationFunnel.Stage total = InvitationFunnel.Stage.ZERO;
        Set<Party> registered = participation.registeredInvitees(meetingId);
        Set<Party> approved = participation.approvedInvitees(meetingId);
        for (InviteeView invitee : invitees) {
            Invitation invitation = invitee.invitation();
            InvitationStatus status = invitation.status();
            boolean r = registered.contains(invitation.invitee());
            boolean a = approved.contains(invitation.invitee());
            total = total.plus(status, r, a);
            groups.merge(invitee.group().name(), InvitationFunnel.Stage.ZERO.plus(status, r, a),
                    (x, y) -> x.plus(status, r, a));
            if (invitee.region() != null) {
                regions.merge(invitee.region(), InvitationFunnel.Stage.ZERO.plus(status, r, a),
                        (x, y) -> x.plus(status, r, a));
            }
        }
        return new InvitationFunnel(meetingId, meeting.firstDay(), total, rows(groups), rows(regions));
    }

    Meeting meeting(long meetingId) {
        return meetings.find(meetingId)
            .orElseThrow(() -> new NotFoundException("invitations.meetingNotFound", meetingId));
    }

    Optional<Invitation> find(long id) {
        return queries.find(id);
    }

    List<LocalDate> reminders(long id) {
        return queries.reminders(id);
    }

    /**
     * Every invitation of the meeting, states first (by name) then organisations, groups
     * as of its first day.
     */
    List<InviteeView> invitees(Meeting meeting, Locale locale) {
        Map<String, StateStatus> byIso3 = states.statusOfAll(meeting.firstDay(), locale)
            .stream()
            .collect(Collectors.toMap(StateStatus::iso3, Function.identity()));
        Map<Long, String> organisationNames = organisations.all()
            .stream()
            .collect(Collectors.toMap(Organisation::id, Organisation::name));
        return queries.forMeeting(meeting.id())
            .stream()
            .map(i -> view(i, byIso3, organisationNames))
            .sorted(Comparator.comparing((InviteeView v) -> v.group() == StatusGroup.ORGANISATIONS)
                .thenComparing(InviteeView::name, String.CASE_INSENSITIVE_ORDER))
            .toList();
    }

    /** The invitations to the states a focal point acts for, newest letters first. */
    List<InviteeView> forStates(List<String> iso3, Locale locale) {
        Map<String, StateStatus> byIso3 = states.statusOfAll(states.today(), locale)
            .stream()
            .collect(Collectors.toMap(StateStatus::iso3, Function.identity()));
        return queries.forStates(iso3).stream().map(i -> view(i, byIso3, Map.of())).toList();
    }

    /** An invitation not answered yet, for a state's desk. */
    public record OpenInvitation(long id, long meetingId, String iso3) {
    }

    /**
     * The invitations to these states still to be answered (prepared or sent, and nobody
     * of the state registered for the meeting: a registration is an answer).
     */
    public List<OpenInvitation> openInvitationsOf(java.util.Collection<String> iso3) {
        Map<Long, Set<Party>> registered = new java.util.HashMap<>();
        return queries.forStates(iso3)
            .stream()
            .filter(i -> InvitationFunnel.isUnanswered(i.status(),
                    registered.computeIfAbsent(i.meetingId(), participation::registeredInvitees).contains(i.invitee())))
            .map(i -> new OpenInvitation(i.id(), i.meetingId(), i.invitee().iso3()))
            .toList();
    }

    /**
     * The invitations among {@code invitees} (of the meeting) not answered yet, as the
     * funnel counts them.
     */
    List<InviteeView> unanswered(long meetingId, List<InviteeView> invitees) {
        Set<Party> registered = participation.registeredInvitees(meetingId);
        return invitees.stream()
            .filter(v -> InvitationFunnel.isUnanswered(v.invitation().status(),
                    registered.contains(v.invitation().invitee())))
            .toList();
    }

    List<String> allStateCodes() {
        return states.statusOfAll(states.today(), Locale.ENGLISH).stream().map(StateStatus::iso3).toList();
    }

    LocalDate today() {
        return states.today();
    }

    List<Organisation> organisations() {
        return organisations.all().stream().filter(Organisation::active).toList();
    }

    String inviteeName(Invitation invitation, Locale locale) {
        Party invitee = invitation.invitee();
        if (invitee.isState()) {
            return states.detailOf(invitee.iso3(), invitation.letterDate(), locale)
                .map(d -> d.name())
                .orElse(invitee.iso3());
        }
        return organisations.find(invitee.organisationId()).map(Organisation::name).orElse("?");
    }

    private static InviteeView view(Invitation invitation, Map<String, StateStatus> states,
            Map<Long, String> organisations) {
        Party invitee = invitation.invitee();
        if (!invitee.isState()) {
            return new InviteeView(invitation, organisations.getOrDefault(invitee.organisationId(), "?"),
                    StatusGroup.ORGANISATIONS, null);
        }
        StateStatus state = states.get(invitee.iso3());
        return state == null ? new InviteeView(invitation, invitee.iso3(), StatusGroup.NOT_PARTY, null)
                : new InviteeView(invitation, state.name(), StatusGroup.of(state.status()), state.region());
    }

    private static List<InvitationFunnel.Row> rows(Map<String, InvitationFunnel.Stage> stages) {
        return stages.entrySet().stream().map(e -> new InvitationFunnel.Row(e.getKey(), e.getValue())).toList();
    }

}

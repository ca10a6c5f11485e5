package org.ccmdesk.desks;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.ccmdesk.invitations.InvitationFunnel;
import org.ccmdesk.briefings.RunningBriefingPacks;
import org.ccmdesk.invitations.InvitationService;
import org.ccmdesk.invitations.RunningInvitationJobs;
import org.ccmdesk.meetings.Meeting;
import org.ccmdesk.meetings.MeetingParticipation;
import org.ccmdesk.meetings.MeetingService;
import org.ccmdesk.meetings.RegistrationState;
import org.ccmdesk.obligations.Obligation;
import org.ccmdesk.obligations.ObligationService;
import org.ccmdesk.obligations.ObligationStatus;
import org.ccmdesk.registration.DelegationAdviceLines;
import org.ccmdesk.registration.MissingCredentials;
import org.ccmdesk.registration.OwnRegistrations;
import org.ccmdesk.registration.RegisteredPeople;
import org.ccmdesk.states.Party;
import org.ccmdesk.states.StateStatus;
import org.ccmdesk.states.TreatyStatusService;
import org.ccmdesk.system.ActingUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriUtils;

/**
 * What each role has to do today, from the other modules' services. An item disappears
 * when it is done, because it is computed again from what is recorded.
 */
@Service
@Transactional(readOnly = true)
class Desks {

    private final TreatyStatusService states;

    private final ObligationService obligations;

    private final InvitationService invitations;

    private final MeetingService meetings;

    private final MissingCredentials missingCredentials;

    private final RegisteredPeople people;

    private final MeetingParticipation participation;

    private final DelegationAdviceLines advice;

    private final RunningInvitationJobs invitationJobs;

    private final RunningBriefingPacks briefingPacks;

    private final OwnRegistrations registrations;

    Desks(TreatyStatusService states, ObligationService obligations, InvitationService invitations,
            MeetingService meetings, MissingCredentials missingCredentials, RegisteredPeople people,
            MeetingParticipation participation, DelegationAdviceLines advice, RunningInvitationJobs invitationJobs,
            RunningBriefingPacks briefingPacks, OwnRegistrations registrations) {
        this.states = states;
        this.obligations = obligations;
        this.invitations = invitations;
        this.meetings = meetings;
        this.missingCredentials = missingCredentials;
        this.people = people;
        this.participation = participation;
        this.advice = advice;
        this.invitationJobs = invitationJobs;
        this.briefingPacks = briefingPacks;
        this.registrations = registrations;
    }

    /**
     * A focal point's desk: invitations to answer, delegations to register or to complete
     * (with the advice), credentials missing for a meeting to come, the delegation's visa
     * letters ready, obligations overdue or due within 90 days and not recorded.
     */
    List<DeskItem> focalPoint(ActingUser user, Locale locale) {
        LocalDate today = states.today();
        Map<String, String> names = states.statusOfAll(today, locale)
            .stream()
            .filter(s -> user.canActForState(s.iso3()))
            .collect(Collectors.toMap(StateStatus::iso3, StateStatus::name));
        List<DeskItem> items = new ArrayList<>();
        Map<Long, Meeting> byId = meetings.all().stream().collect(Collectors.toMap(Meeting::id, m -> m));
        for (var invitation : invitations.openInvitationsOf(names.keySet())) {
            Meeting meeting = byId.get(invitation.meetingId());
            if (meeting != null && !meeting.cancelled() && !meeting.lastDay().isBefore(today)) {
                items.add(new DeskItem("invitation", "desk.invitation",
                        List.of(meeting.name(), names.get(invitation.iso3())), "/my/invitations"));
            }
        }
        items.addAll(delegationsToRegister(names, today));
        for (Meeting meeting : upcoming(today)) {
            Set<Party> missing = Set.copyOf(missingCredentials.delegations(meeting.id()));
            for (String iso3 : names.keySet()) {
                if (missing.contains(Party.state(iso3))) {
                    items.add(new DeskItem("credentials", "desk.credentials", List.of(meeting.name(), names.get(iso3)),
                            "/meetings/" + meeting.id() + "/delegations/" + Party.state(iso3).key()));
                }
                for (OwnRegistrations.Named r : registrations.ofDelegation(meeting.id(), Party.state(iso3))) {
                    if (r.registration().visaLetterReady()) {
                        items.add(new DeskItem("visaLetter", "desk.delegationVisaLetter",
                                List.of(meeting.name(), r.name(), names.get(iso3)),
                                "/registrations/" + r.registration().registrationId() + "/visa-letter.pdf"));
                    }
                }
            }
        }
        DateTimeFormatter date = DateTimeFormatter.ofPattern("d MMMM yyyy", locale);
        for (String iso3 : names.keySet().stream().sorted().toList()) {
            for (Obligation o : obligations.forState(iso3, today, locale)) {
                if (o.fulfilmentId() == null
                        && (o.status() == ObligationStatus.OVERDUE || o.status() == ObligationStatus.DUE_SOON)) {
                    items.add(new DeskItem("obligation", "desk.obligation." + o.status().name(),
                            List.of(o.title(), names.get(iso3), date.format(o.dueDate())), "/states/" + iso3
                                    + "/obligations/" + UriUtils.encodePathSegment(o.instance(), "UTF-8") + "/record"));
                }
            }
        }
        return items;
    }

    /**
     * The secretariat's desk: meetings in preparation with their funnel (and a missing
     * registration window), registrations waiting for approval, delegations without
     * credentials, what states reported and nobody verified, the jobs still running.
     */
    List<DeskItem> secretariat(Locale locale) {
        LocalDate today = states.today();
        List<DeskItem> items = new ArrayList<>();
        Map<Long, String> meetingNames = meetings.all().stream().collect(Collectors.toMap(Meeting::id, Meeting::name));
        for (var job : invitationJobs.running()) {
            items.add(new DeskItem("job", "desk.job." + job.kind(),
                    List.of(meetingNames.getOrDefault(job.meetingId(), "-"), job.done(), job.total()), job.path()));
        }
        for (var pack : briefingPacks.running()) {
            items.add(new DeskItem("job", "desk.job.pack",
                    List.of(meetingNames.getOrDefault(pack.meetingId(), "-"), pack.done(), pack.total()), pack.path()));
        }
        for (Meeting meeting : upcoming(today)) {
            String base = "/meetings/" + meeting.id();
            if (meeting.registrationOpens() == null && meeting.registrationCloses() == null) {
                items.add(new DeskItem("window", "desk.windowMissing", List.of(meeting.name()),
                        "/admin/meetings/" + meeting.id() + "/edit"));
            }
            InvitationFunnel.Stage funnel = invitations.funnel(meeting.id()).total();
            items.add(new DeskItem("meeting", "desk.meeting", List.of(meeting.name(), funnel.invited(), funnel.sent(),
                    funnel.unanswered(), funnel.registered(), funnel.approved()), base + "/invitations"));
            long waiting = people.ofMeeting(meeting.id()).stream().filter(p -> "SUBMITTED".equals(p.status())).count();
            if (waiting > 0) {
                items.add(new DeskItem("approval", "desk.approvals", List.of(waiting, meeting.name()),
                        base + "/registrations"));
            }
            int missing = missingCredentials.delegations(meeting.id()).size();
            if (missing > 0) {
                items.add(new DeskItem("credentialsMissing", "desk.credentialsMissing",
                        List.of(missing, meeting.name()), base + "/registrations"));
            }
        }
        Map<String, String> names = states.statusOfAll(today, locale)
            .stream()
            .collect(Collectors.toMap(StateStatus::iso3, StateStatus::name));
        DateTimeFormatter date = DateTimeFormatter.ofPattern("d MMMM yyyy", locale);
        for (var waiting : obligations.waitingForVerification()) {
            items.add(new DeskItem("verification", "desk.verification",
                    List.of(names.getOrDefault(waiting.iso3(), waiting.iso3()),
                            waiting.instance() == null ? "-" : waiting.instance(), date.format(waiting.metOn())),
                    "/states/" + waiting.iso3() + "/obligations"));
        }
        return items;
    }

    /**
     * Meetings open for registration today to which a state of the focal point is invited
     * and for which nobody of that state is registered (submitted or approved), with the
     * delegation advice of the meeting.
     */
    private List<DeskItem> delegationsToRegister(Map<String, String> names, LocalDate today) {
        List<DeskItem> items = new ArrayList<>();
        for (Meeting meeting : upcoming(today)) {
            if (meeting.registrationOn(today) != RegistrationState.OPEN) {
                continue;
            }
            Set<String> invited = Set.copyOf(invitations.invitedStates(meeting.id()));
            Set<Party> registered = participation.registeredInvitees(meeting.id());
            for (String iso3 : names.keySet().stream().sorted().toList()) {
                Party delegation = Party.state(iso3);
                if (!invited.contains(iso3)) {
                    continue;
                }
                List<DeskItem.Detail> lines = advice.of(meeting.id(), delegation)
                    .stream()
                    .map(l -> new DeskItem.Detail(l.messageKey(), l.present()))
                    .toList();
                String link = "/meetings/" + meeting.id() + "/delegations/" + delegation.key();
                if (!registered.contains(delegation)) {
                    items.add(new DeskItem("delegation", "desk.delegation", List.of(meeting.name(), names.get(iso3)),
                            link, lines));
                }
                else if (lines.stream().anyMatch(l -> !l.done())) {
                    // registered, but not yet as the advice suggests
                    items.add(new DeskItem("delegationIncomplete", "desk.delegationIncomplete",
                            List.of(meeting.name(), names.get(iso3)), link, lines));
                }
            }
        }
        return items;
    }

    /** Meetings not over yet whose registration CCM Desk handles, soonest first. */
    private List<Meeting> upcoming(LocalDate today) {
        return meetings.all()
            .stream()
            .filter(m -> m.registrationByCcmDesk() && !m.cancelled() && !m.lastDay().isBefore(today))
            .sorted(java.util.Comparator.comparing(Meeting::firstDay))
            .toList();
    }

}

package org.ccmdesk.briefings;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ccmdesk.invitations.InvitationService;
import org.ccmdesk.meetings.Meeting;
import org.ccmdesk.meetings.MeetingService;
import org.ccmdesk.obligations.Obligation;
import org.ccmdesk.obligations.ObligationService;
import org.ccmdesk.registration.DelegationMembers;
import org.ccmdesk.registration.RegisteredPeople;
import org.ccmdesk.registration.RegisteredPerson;
import org.ccmdesk.sponsorship.SponsorshipOutlook;
import org.ccmdesk.states.Party;
import org.ccmdesk.states.StateDetail;
import org.ccmdesk.states.StateName;
import org.ccmdesk.states.TreatyStatus;
import org.ccmdesk.states.TreatyStatusService;
import org.ccmdesk.statements.UsePositions;
import org.ccmdesk.system.ActingUser;
import org.ccmdesk.system.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a state's briefing memo for a meeting from the other modules' facts. The
 * delegation (section 4) is filled only for the state's focal points and the secretariat.
 */
@Service
public class BriefingService {

    private final MeetingService meetings;

    private final TreatyStatusService states;

    private final ObligationService obligations;

    private final InvitationService invitations;

    private final UsePositions uses;

    private final SponsorshipOutlook sponsorship;

    private final RegisteredPeople people;

    private final DelegationMembers members;

    private final LocalDate recordsCompleteFrom;

    private final MemoText text;

    private final org.ccmdesk.registration.DelegationAdviceLines advice;

    private final org.ccmdesk.system.PdfDocuments pdfs;

    private final org.springframework.context.ApplicationEventPublisher events;

    BriefingService(MeetingService meetings, TreatyStatusService states, ObligationService obligations,
            InvitationService invitations, UsePositions uses, SponsorshipOutlook sponsorship, RegisteredPeople people,
            DelegationMembers members, org.ccmdesk.registration.DelegationAdviceLines advice, MemoText text,
            org.ccmdesk.system.PdfDocuments pdfs, org.springframework.context.ApplicationEventPublisher events,
            @Value("${ccm.briefings.records-complete-from:}") String recordsCompleteFrom) {
        this.meetings = meetings;
        this.states = states;
        this.obligations = obligations;
        this.invitations = invitations;
        this.uses = uses;
        this.sponsorship = sponsorship;
        this.people = people;
        this.members = members;
        this.text = text;
        this.advice = advice;
        this.pdfs = pdfs;
        this.events = events;
        this.recordsCompleteFrom = recordsCompleteFrom.isBlank() ? null : LocalDate.parse(recordsCompleteFrom);
    }

    Meeting meeting(long meetingId) {
        return meetings.find(meetingId).orElseThrow(() -> new NotFoundException("briefing.meetingNotFound", meetingId));
    }

    String localizedName(Meeting meeting, Locale locale) {
        return meetings.localized(meeting, locale).meeting().name();
    }

    /**
     * The memo's default date: the day the invitations were sent, or the meeting's first
     * day.
     */
    LocalDate defaultDate(Meeting meeting) {
        return invitations.invitationsSentOn(meeting.id()).orElse(meeting.firstDay());
    }

    /** Whether the signed-in user may read the state's delegation. */
    static boolean mayReadDelegation(String iso3) {
        return ActingUser.current().filter(u -> u.isSecretariat() || u.canActForState(iso3)).isPresent();
    }

    @Transactional(readOnly = true)
    BriefingMemo memo(long meetingId, String iso3, LocalDate chosen, Locale locale) {
        return memo(meeting(meetingId), iso3, chosen, locale, mayReadDelegation(iso3.toUpperCase(Locale.ROOT)));
    }

    BriefingMemo memo(Meeting meeting, String iso3, LocalDate chosen, Locale locale, boolean withDelegation) {
        String code = iso3.trim().toUpperCase(Locale.ROOT);
        LocalDate asOf = chosen != null ? chosen : defaultDate(meeting);
        StateDetail state = states.detailOf(code, asOf, locale)
            .orElseThrow(() -> new NotFoundException("briefing.stateNotFound", iso3));
        Meeting shown = meetings.localized(meeting, locale).meeting();
        LocalDate since = previousMeeting(meeting);
        List<Obligation> all = state.status().isStateParty() ? obligations.forState(code, asOf, locale) : List.of();
        List<MemoObligation> table = MemoObligation.select(all, asOf, since, recordsCompleteFrom);
        boolean affected = all.stream()
            .anyMatch(o -> o.applies() && WhatToPrepare.AFFECTED_THEMES.contains(o.themeName()));
        List<UsePositions.Position> positions = uses.ofPeriod(code, since, asOf);
        int condemned = (int) positions.stream().filter(UsePositions.Position::condemned).count();
        List<PrepareLine> prepare = new WhatToPrepare(state.status(), table, positions.size(), condemned, affected)
            .lines();
        Long years = state.status() == TreatyStatus.SIGNATORY && state.signature() != null
                ? ChronoUnit.YEARS.between(state.signature(), asOf) : null;
        Map<String, String> countries = new LinkedHashMap<>();
        positions.forEach(p -> countries.computeIfAbsent(p.countryIso3(),
                c -> states.nameOn(c, asOf, locale).map(StateName::name).orElse(c)));
        BriefingMemo.Delegation delegation = withDelegation ? delegation(meeting.id(), code) : null;
        return new BriefingMemo(shown, asOf, chosen != null, locale.getLanguage(), state, years,
                meetings.related(meeting), meeting.registrationOn(asOf),
                sponsorship.call(meeting.id(), code).orElse(null), prepare, table, positions, since, countries,
                delegation);
    }

    private BriefingMemo.Delegation delegation(long meetingId, String iso3) {
        Party party = Party.state(iso3);
        List<RegisteredPerson> registered = people.ofMeeting(meetingId)
            .stream()
            .filter(p -> party.equals(p.delegation()) && p.active())
            .toList();
        return new BriefingMemo.Delegation(registered, members.approvedNames(meetingId, party),
                sponsorship.applications(meetingId, iso3), advice.of(meetingId, party));
    }

    /**
     * The memo as PDF, with its delegation section, for the message a focal point asked
     * for ({@link BriefingRequested}); the language is that of the request.
     */
    @Transactional(readOnly = true)
    public byte[] memoPdfForDelegation(long meetingId, String iso3, LocalDate asOf, String language) {
        Locale locale = Locale.forLanguageTag(language);
        BriefingMemo memo = memo(meeting(meetingId), iso3, asOf, locale, true);
        MemoText.Words w = text.in(locale);
        return pdfs.render("briefings/memo-print", locale, Map.of("views", List.of(MemoText.View.of(memo, w)), "w", w));
    }

    /** The file name of that PDF. */
    public String memoFileName(long meetingId, String iso3, LocalDate asOf) {
        return "briefing-" + org.ccmdesk.system.Download.slug(meeting(meetingId).shortName()) + "-"
                + iso3.toLowerCase(Locale.ROOT) + "-" + asOf + ".pdf";
    }

    /**
     * Asks for the memo to be e-mailed to the delegation: a focal point of the state (or
     * the secretariat) only; answers the request's id.
     */
    @Transactional
    String requestByMail(long meetingId, String iso3, LocalDate chosen, Locale locale) {
        String code = iso3.trim().toUpperCase(Locale.ROOT);
        ActingUser user = ActingUser.current()
            .filter(u -> u.isSecretariat() || u.canActForState(code))
            .orElseThrow(() -> new org.springframework.security.access.AccessDeniedException(
                    "not a focal point of " + code));
        Meeting meeting = meeting(meetingId);
        states.detailOf(code, meeting.firstDay(), locale)
            .orElseThrow(() -> new NotFoundException("briefing.stateNotFound", iso3));
        LocalDate asOf = chosen != null ? chosen : defaultDate(meeting);
        String language = List.of("fr", "es").contains(locale.getLanguage()) ? locale.getLanguage() : "en";
        String id = java.util.UUID.randomUUID().toString();
        events.publishEvent(new BriefingRequested(id, meetingId, code, asOf, language, user.email()));
        return id;
    }

    /**
     * The first day of the last meeting of the Convention before this one (not cancelled;
     * related meetings of the same weeks do not count), if any.
     */
    LocalDate previousMeeting(Meeting meeting) {
        return meetings.all()
            .stream()
            .filter(m -> !m.cancelled() && m.ofTheConvention() && m.firstDay().isBefore(meeting.firstDay()))
            .map(Meeting::firstDay)
            .max(Comparator.naturalOrder())
            .orElse(null);
    }

    /** The ISO3 codes of the invited states, else (before invitations) every state. */
    List<String> statesOf(Meeting meeting, LocalDate asOf) {
        List<String> invited = invitations.invitedStates(meeting.id());
        return invited.isEmpty() ? states.statusOfAll(asOf, Locale.ENGLISH).stream().map(s -> s.iso3()).toList()
                : invited;
    }

}

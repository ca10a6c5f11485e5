package org.ccmdesk.invitations;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.ccmdesk.meetings.LocalizedMeeting;
import org.ccmdesk.meetings.Meeting;
import org.ccmdesk.meetings.MeetingLetterSettings;
import org.ccmdesk.meetings.MeetingService;
import org.ccmdesk.states.Mission;
import org.ccmdesk.states.StateName;
import org.ccmdesk.states.Organisation;
import org.ccmdesk.states.OrganisationDirectory;
import org.ccmdesk.states.StateStatus;
import org.ccmdesk.states.TreatyStatusService;
import org.ccmdesk.system.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * The letters of a meeting, each with the text of the invitee's treaty status as of the
 * letter's date and the invitee's name in the letter's language. Status is read once per
 * letter date and language.
 */
@Component
class LetterBook {

    private final InvitationService invitations;

    private final InvitationQueries queries;

    private final TreatyStatusService states;

    private final OrganisationDirectory organisations;

    private final MeetingService meetings;

    LetterBook(InvitationService invitations, InvitationQueries queries, TreatyStatusService states,
            OrganisationDirectory organisations, MeetingService meetings) {
        this.meetings = meetings;
        this.invitations = invitations;
        this.queries = queries;
        this.states = states;
        this.organisations = organisations;
    }

    Letter letter(long invitationId) {
        Invitation invitation = queries.find(invitationId)
            .orElseThrow(() -> new NotFoundException("invitation.notFound", invitationId));
        return letters(invitations.meeting(invitation.meetingId()), List.of(invitation)).get(0);
    }

    List<Letter> letters(long meetingId) {
        Meeting meeting = invitations.meeting(meetingId);
        return letters(meeting, queries.forMeeting(meetingId));
    }

    private List<Letter> letters(Meeting meeting, List<Invitation> list) {
        Map<String, Map<String, StateStatus>> statuses = new HashMap<>();
        Map<String, Map<String, StateName>> stateNames = new HashMap<>();
        Map<String, LocalizedMeeting> localized = new HashMap<>();
        Map<String, MeetingLetterSettings> settings = new HashMap<>();
        // one letter (a batch builds them one by one): that state's rows only, not every
        // state's
        boolean one = list.size() == 1;
        Map<String, Mission> missions = one || list.stream().noneMatch(Invitation::isState) ? new HashMap<>()
                : states.missions();
        Map<Long, String> names = organisations.all()
            .stream()
            .collect(Collectors.toMap(Organisation::id, Organisation::name));
        return list.stream().map(invitation -> {
            Locale locale = Locale.forLanguageTag(invitation.language());
            LocalizedMeeting shown = localized.computeIfAbsent(invitation.language(),
                    key -> meetings.localized(meeting, locale));
            MeetingLetterSettings signed = settings.computeIfAbsent(invitation.language(),
                    key -> meetings.letterSettings(meeting.id(), locale));
            if (!invitation.isState()) {
                return new Letter(invitation, names.getOrDefault(invitation.invitee().organisationId(), "?"),
                        LetterVariant.ORGANISATION, meeting, null, null, shown, signed);
            }
            StateStatus state = statuses
                .computeIfAbsent(invitation.letterDate() + "/" + invitation.language(),
                        key -> states.statusOfAll(invitation.letterDate(), Locale.forLanguageTag(invitation.language()))
                            .stream()
                            .collect(Collectors.toMap(StateStatus::iso3, Function.identity())))
                .get(invitation.invitee().iso3());
            String iso3 = invitation.invitee().iso3();
            StateName name = one ? states.nameOn(iso3, invitation.letterDate(), locale).orElse(null)
                    : stateNames
                        .computeIfAbsent(invitation.letterDate() + "/" + invitation.language(),
                                key -> states.namesOn(invitation.letterDate(), locale))
                        .get(iso3);
            Mission mission = missions.computeIfAbsent(iso3, code -> states.missionOf(code).orElse(null));
            return new Letter(invitation, state.name(), LetterVariant.of(state.status()), meeting, name, mission, shown,
                    signed);
        }).toList();
    }

}

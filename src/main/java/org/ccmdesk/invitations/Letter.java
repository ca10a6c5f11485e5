package org.ccmdesk.invitations;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.ccmdesk.meetings.LocalizedMeeting;
import org.ccmdesk.meetings.Meeting;
import org.ccmdesk.meetings.MeetingLetterSettings;
import org.ccmdesk.states.Mission;
import org.ccmdesk.states.MissionKind;
import org.ccmdesk.states.Party;
import org.ccmdesk.states.StateName;

/**
 * Everything one letter shows, wholly in the letter's language: the invitation, the
 * invitee's name as it was on the letter's date (with its article), the text variant, the
 * meeting in that language, the addressee that follows from the state's mission (unless
 * the secretariat typed another address), the signatory from the meeting's settings and
 * the letter's reference number.
 */
record Letter(Invitation invitation, String inviteeName, LetterVariant variant, Meeting meeting, StateName stateName,
        Mission mission, LocalizedMeeting localized, MeetingLetterSettings settings) {

    static final String SPONSORSHIP_CONTACT = "ccm.contact@undp.org";

    /** An organisation's letter, or one without names and settings from the data. */
    Letter(Invitation invitation, String inviteeName, LetterVariant variant, Meeting meeting) {
        this(invitation, inviteeName, variant, meeting, null, null, null, null);
    }

    Locale locale() {
        return Locale.forLanguageTag(invitation.language());
    }

    private String language() {
        return invitation.language();
    }

    /** The meeting in the letter's language (as stored when no translation was read). */
    public Meeting shownMeeting() {
        return localized == null ? meeting : localized.meeting();
    }

    /** Venue, address, city and country of the meeting, those that are known. */
    public String venueLine() {
        Meeting m = shownMeeting();
        return Stream.of(m.venue(), m.address(), m.city(), m.country())
            .filter(part -> part != null && !part.isBlank())
            .collect(Collectors.joining(", "));
    }

    /**
     * The invitee as the letter's sentences name it: "the United States of America", "la
     * France".
     */
    public String inviteeInText() {
        if (stateName == null || "es".equals(language())) {
            return inviteeName;
        }
        return stateName.withArticle();
    }

    /**
     * The invitee after "of" in the letter's language: "of the Holy See", "de la France",
     * "du Mexique" (the preposition is part of the French form).
     */
    public String inviteeAfterOf() {
        if (stateName == null || "es".equals(language())) {
            return inviteeName;
        }
        return "fr".equals(language()) ? stateName.withDe() : stateName.withArticle();
    }

    public MissionKind missionKind() {
        return mission == null ? MissionKind.PERMANENT_MISSION : mission.kind();
    }

    /**
     * The typed address of the letter, when the secretariat typed one (it then replaces
     * the addressee from the mission); null otherwise.
     */
    public String customAddress() {
        return invitation.channelCustom() || !invitation.isState() ? invitation.channel() : null;
    }

    /**
     * The lines of the ministry's address recorded for a state without a mission in
     * Geneva.
     */
    public List<String> addressLines() {
        List<String> lines = new ArrayList<>();
        if (mission != null && mission.address() != null) {
            for (String line : mission.address().split("\\R")) {
                if (!line.isBlank()) {
                    lines.add(line.trim());
                }
            }
        }
        return lines;
    }

    public String signatoryName() {
        return settings != null && settings.signatoryName() != null ? settings.signatoryName()
                : invitation.signatoryName();
    }

    public String signatoryTitle() {
        return settings != null && settings.signatoryTitle() != null ? settings.signatoryTitle()
                : invitation.signatoryTitle();
    }

    public String secretariatContact() {
        return settings == null ? null : settings.secretariatContact();
    }

    /** The letter's reference: meeting and invitation, the same in every language. */
    public String reference() {
        return "CCM/M%d/INV/%05d".formatted(invitation.meetingId(), invitation.id());
    }

    /**
     * A file name for the letter in a ZIP: invitee code and id, nothing a file system
     * would refuse.
     */
    String fileName() {
        Party invitee = invitation.invitee();
        String code = invitee.isState() ? invitee.iso3() : "ORG-" + invitee.organisationId();
        return "invitation-" + invitation.id() + "-" + code + ".pdf";
    }
}

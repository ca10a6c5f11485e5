package org.ccmdesk.invitations;

import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.ccmdesk.meetings.Meeting;
import org.ccmdesk.states.Party;

/**
 * Everything one letter shows: the invitation, the invitee's name in the letter's
 * language, the text variant, the meeting.
 */
record Letter(Invitation invitation, String inviteeName, LetterVariant variant, Meeting meeting) {

    static final String SPONSORSHIP_CONTACT = "ccm.contact@undp.org";

    Locale locale() {
        return Locale.forLanguageTag(invitation.language());
    }

    /** Venue, address, city and country of the meeting, those that are known. */
    public String venueLine() {
        return Stream.of(meeting.venue(), meeting.address(), meeting.city(), meeting.country())
            .filter(part -> part != null && !part.isBlank())
            .collect(Collectors.joining(", "));
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

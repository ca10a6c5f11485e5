package org.ccmdesk.meetings;

import java.util.Set;

/**
 * Who takes part in a meeting, as the registration module knows it, for modules that may not use
 * that module (the invitation funnel): the invitees (keys "STATE:FRA", "ORG:12") with at least one
 * registration that is submitted or approved, or with at least one approved.
 */
public interface MeetingParticipation {

    Set<String> registeredInvitees(long meetingId);

    Set<String> approvedInvitees(long meetingId);
}

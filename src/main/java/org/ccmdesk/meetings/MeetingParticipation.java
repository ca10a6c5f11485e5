package org.ccmdesk.meetings;

import java.util.Set;

import org.ccmdesk.states.Party;

/**
 * Who takes part in a meeting, as the registration module knows it, for modules that may
 * not use that module (the invitation funnel): the states and organisations with at least
 * one registration that is submitted or approved, or with at least one approved.
 */
public interface MeetingParticipation {

    Set<Party> registeredInvitees(long meetingId);

    Set<Party> approvedInvitees(long meetingId);

}

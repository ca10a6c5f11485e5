package org.ccmdesk.briefings;

import java.time.LocalDate;
import java.util.Map;

import org.ccmdesk.invitations.InvitationFunnel;
import org.ccmdesk.states.TreatyStatus;

/**
 * The first pages of a pack: the invited states by status, the overdue obligations by
 * theme, the invitation funnel, the sponsored delegations and how many states have
 * condemned a reported use, all as of the pack's date.
 */
record PackSummary(String meetingName, LocalDate asOf, Map<TreatyStatus, Long> byStatus,
        Map<String, Long> overdueByTheme, InvitationFunnel.Stage funnel, long sponsoredDelegations,
        long statesCondemning) {
}

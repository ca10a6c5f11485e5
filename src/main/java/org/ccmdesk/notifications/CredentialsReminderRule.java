package org.ccmdesk.notifications;

import java.time.LocalDate;

import org.ccmdesk.meetings.Meeting;

/**
 * When delegations without credentials are reminded: from {@code daysBefore} days before
 * a meeting's first day until the day before it, unless it is cancelled. A window rather
 * than one day, so that a day on which the job did not run is made up the next day; the
 * message's cause keeps it to one per meeting and delegation.
 */
record CredentialsReminderRule(int daysBefore) {

    CredentialsReminderRule {
        if (daysBefore < 1) {
            throw new IllegalArgumentException("The credentials reminder needs at least one day before the meeting");
        }
    }

    boolean dueOn(Meeting meeting, LocalDate today) {
        return !meeting.cancelled() && today.isBefore(meeting.firstDay())
                && !today.isBefore(meeting.firstDay().minusDays(daysBefore));
    }

}

package org.ccmdesk.meetings;

import java.time.LocalDate;
import java.time.LocalTime;

/** One item of a meeting's agenda, in order; day and times when they are known. */
public record AgendaItem(long id, long meetingId, int position, String title, AgendaTheme theme, LocalDate day,
        LocalTime startsAt, LocalTime endsAt) {
}

package org.ccmdesk.meetings;

import java.time.LocalDate;
import java.time.LocalTime;

/** One item of a meeting's agenda, in order; day and times when they are known. */
public record AgendaItem(long id, long meetingId, int position, String title, AgendaTheme theme, LocalDate day,
        LocalTime startsAt, LocalTime endsAt, boolean untranslated) {

    AgendaItem(long id, long meetingId, int position, String title, AgendaTheme theme, LocalDate day,
            LocalTime startsAt, LocalTime endsAt) {
        this(id, meetingId, position, title, theme, day, startsAt, endsAt, false);
    }

    /** This item with a translated title; marked untranslated when there is none. */
    AgendaItem titled(String translated) {
        boolean missing = translated == null || translated.isBlank();
        return new AgendaItem(id, meetingId, position, missing ? title : translated, theme, day, startsAt, endsAt,
                missing);
    }

}

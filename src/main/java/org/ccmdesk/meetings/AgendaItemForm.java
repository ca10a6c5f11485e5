package org.ccmdesk.meetings;

import java.time.LocalDate;
import java.time.LocalTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** A new item at the end of a meeting's agenda; the day and times are optional. */
record AgendaItemForm(@NotBlank @Size(max = 300) String title, @NotNull AgendaTheme theme,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
        @DateTimeFormat(iso = DateTimeFormat.ISO.TIME) LocalTime startsAt,
        @DateTimeFormat(iso = DateTimeFormat.ISO.TIME) LocalTime endsAt) {

    static AgendaItemForm empty() {
        return new AgendaItemForm(null, null, null, null, null);
    }
}

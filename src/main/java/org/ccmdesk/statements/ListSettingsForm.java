package org.ccmdesk.statements;

import java.time.LocalDateTime;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A list's inscription deadline (local time of the meeting; empty: none) and time limits
 * in minutes (a group statement's may differ).
 */
record ListSettingsForm(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime deadline,
        @NotNull @Min(1) @Max(120) Integer limitMinutes, @Min(1) @Max(120) Integer groupLimitMinutes) {

    static ListSettingsForm of(SpeakerList list, java.time.ZoneId zone) {
        return new ListSettingsForm(
                list.inscriptionDeadline() == null ? null
                        : list.inscriptionDeadline().atZoneSameInstant(zone).toLocalDateTime(),
                list.timeLimitSeconds() / 60,
                list.groupTimeLimitSeconds() == null ? null : list.groupTimeLimitSeconds() / 60);
    }

}

package org.ccmdesk.meetings;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** The secretariat's form for a meeting. */
record MeetingForm(@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 80) String shortName,
        @NotNull MeetingKind kind, Boolean registrationByCcmDesk,
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate firstDay,
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate lastDay, @Size(max = 200) String venue,
        @Size(max = 300) String address, @Size(max = 100) String city, @Size(max = 100) String country,
        @NotBlank @Size(max = 60) String timeZone,
        @Size(max = 500) @Pattern(regexp = "^$|^https?://\\S+$") String webPage,
        @Size(max = 300) String conveningAuthority,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate registrationOpens,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate registrationCloses,
        @NotBlank @Size(max = 2000) String source,
        @Size(max = 500) @Pattern(regexp = "^$|^https?://\\S+$") String registrationUrl,
        @Size(max = 500) @Pattern(regexp = "^$|^https?://\\S+$") String visaInformationUrl) {

    static MeetingForm empty() {
        return new MeetingForm(null, null, null, true, null, null, null, null, null, null, "Europe/Zurich", null, null,
                null, null, null, null, null);
    }

    static MeetingForm of(Meeting m) {
        return new MeetingForm(m.name(), m.shortName(), m.kind(), m.registrationByCcmDesk(), m.firstDay(), m.lastDay(),
                m.venue(), m.address(), m.city(), m.country(), m.timeZone(), m.webPage(), m.conveningAuthority(),
                m.registrationOpens(), m.registrationCloses(), m.source(), m.registrationUrl(), m.visaInformationUrl());
    }

    boolean handlesRegistration() {
        return Boolean.TRUE.equals(registrationByCcmDesk);
    }
}

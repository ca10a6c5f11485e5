package org.ccmdesk.meetings;

import java.time.LocalDate;

/**
 * A meeting: what it is, when and where, who convenes it, its registration window (if CCM Desk
 * handles its registration) and the series of meetings held in the same weeks.
 */
public record Meeting(long id, String name, String shortName, MeetingKind kind, boolean registrationByCcmDesk,
        LocalDate firstDay, LocalDate lastDay, String venue, String address, String city, String country, String timeZone,
        String webPage, String conveningAuthority, LocalDate registrationOpens, LocalDate registrationCloses, Long seriesId,
        String datesNote, String source, boolean cancelled, boolean shipped, String registrationUrl,
        String visaInformationUrl) {

    public RegistrationState registrationOn(LocalDate date) {
        if (cancelled) {
            return RegistrationState.CANCELLED;
        }
        if (!registrationByCcmDesk) {
            return RegistrationState.ELSEWHERE;
        }
        if (registrationOpens == null && registrationCloses == null) {
            return date.isAfter(lastDay) ? RegistrationState.CLOSED : RegistrationState.NOT_SET;
        }
        if (registrationOpens != null && date.isBefore(registrationOpens)) {
            return RegistrationState.NOT_YET_OPEN;
        }
        LocalDate closes = registrationCloses == null ? lastDay : registrationCloses;
        return date.isAfter(closes) ? RegistrationState.CLOSED : RegistrationState.OPEN;
    }

    /** Venue, address, city and country, as far as they are known. */
    public String place() {
        return java.util.stream.Stream.of(venue, address, city, country).filter(s -> s != null && !s.isBlank())
                .collect(java.util.stream.Collectors.joining(", "));
    }

    public boolean pastOn(LocalDate date) {
        return lastDay.isBefore(date);
    }
}

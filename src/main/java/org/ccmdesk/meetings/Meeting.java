package org.ccmdesk.meetings;

import java.time.LocalDate;

/**
 * A meeting: what it is, when and where, who convenes it, its registration window (if CCM
 * Desk handles its registration) and the series of meetings held in the same weeks.
 */
public record Meeting(long id, String name, String shortName, MeetingKind kind, boolean registrationByCcmDesk,
        LocalDate firstDay, LocalDate lastDay, String venue, String address, String city, String country,
        String timeZone, String webPage, String conveningAuthority, LocalDate registrationOpens,
        LocalDate registrationCloses, Long seriesId, String datesNote, String source, boolean cancelled,
        boolean shipped, String registrationUrl, String visaInformationUrl) {

    /**
     * What becomes of a registration made on a date: taken (late or not) or refused, and
     * why.
     */
    public enum Admission {

        ON_TIME,
        /** The secretariat adds someone after the window closed. */
        LATE,
        /**
         * Outside the window (or before one is set), where only the secretariat
         * registers.
         */
        WINDOW_CLOSED,
        /** Cancelled, or registration is handled elsewhere. */
        NOT_HERE

    }

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

    /**
     * A registration made on {@code date}: anyone registers while the window is open; the
     * secretariat also outside it (and the registration is late once the window has
     * closed); nobody for a cancelled meeting or one registered elsewhere.
     */
    public Admission admissionOn(LocalDate date, boolean bySecretariat) {
        RegistrationState state = registrationOn(date);
        if (state == RegistrationState.ELSEWHERE || state == RegistrationState.CANCELLED) {
            return Admission.NOT_HERE;
        }
        if (state == RegistrationState.OPEN) {
            return Admission.ON_TIME;
        }
        if (!bySecretariat) {
            return Admission.WINDOW_CLOSED;
        }
        return state == RegistrationState.CLOSED ? Admission.LATE : Admission.ON_TIME;
    }

    /** Venue, address, city and country, as far as they are known. */
    public String place() {
        return java.util.stream.Stream.of(venue, address, city, country)
            .filter(s -> s != null && !s.isBlank())
            .collect(java.util.stream.Collectors.joining(", "));
    }

    /**
     * This meeting with the fields of {@code text} where they are not blank, and the
     * fields that have English text but no translation.
     */
    public LocalizedMeeting translated(MeetingText text) {
        java.util.Set<String> missing = new java.util.LinkedHashSet<>();
        String n = pick(name, text.name(), "name", missing);
        String v = pick(venue, text.venue(), "venue", missing);
        String a = pick(address, text.address(), "address", missing);
        String c = pick(city, text.city(), "city", missing);
        String co = pick(country, text.country(), "country", missing);
        String au = pick(conveningAuthority, text.conveningAuthority(), "conveningAuthority", missing);
        Meeting m = new Meeting(id, n, shortName, kind, registrationByCcmDesk, firstDay, lastDay, v, a, c, co, timeZone,
                webPage, au, registrationOpens, registrationCloses, seriesId, datesNote, source, cancelled, shipped,
                registrationUrl, visaInformationUrl);
        return new LocalizedMeeting(m, text.language(), missing);
    }

    private static String pick(String english, String translated, String field, java.util.Set<String> missing) {
        if (translated != null && !translated.isBlank()) {
            return translated;
        }
        if (english != null && !english.isBlank()) {
            missing.add(field);
        }
        return english;
    }

    public boolean pastOn(LocalDate date) {
        return lastDay.isBefore(date);
    }

    /**
     * A meeting of the Convention itself (intersessional, Meeting of States Parties,
     * Review Conference), not a related meeting or a side event held in the same weeks.
     */
    public boolean ofTheConvention() {
        return kind == MeetingKind.INTERSESSIONAL || kind == MeetingKind.MEETING_OF_STATES_PARTIES
                || kind == MeetingKind.REVIEW_CONFERENCE;
    }
}

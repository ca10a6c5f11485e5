package org.ccmdesk.registration;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.ccmdesk.system.Download;
import org.ccmdesk.meetings.Meeting;
import org.ccmdesk.meetings.MeetingLetterSettings;

/**
 * A visa support letter: the person as in their passport, their delegation, the meeting,
 * and what the Convention pays for their journey. {@code hostCountry} is null when the
 * meeting has none recorded; {@code sponsorship} is the message key of the sentence about
 * travel and subsistence. The meeting is in the letter's language; names of states are
 * those in use on the letter's date; signatory and contact come from the meeting's
 * settings.
 */
record VisaLetter(LocalDate date, String hostCountry, String title, String givenNames, String familyName,
        String function, String delegation, String passportNumber, String passportIssuer, LocalDate passportExpiry,
        LocalDate birthDate, String birthPlace, String nationality, Meeting meeting, String sponsorship,
        long registrationId, MeetingLetterSettings settings) {

    /**
     * The letter's reference number: meeting and registration, the same in every
     * language.
     */
    public String reference() {
        return "CCM/M%d/VISA/%05d".formatted(meeting.id(), registrationId);
    }

    /** The signatory's name from the meeting's settings, or null (the unit signs). */
    public String signatoryName() {
        return settings == null ? null : settings.signatoryName();
    }

    public String signatoryTitle() {
        return settings == null ? null : settings.signatoryTitle();
    }

    public String secretariatContact() {
        return settings == null ? null : settings.secretariatContact();
    }

    /**
     * Until sponsorship is recorded: the letter says travel and subsistence are not
     * sponsored.
     */
    public static final String NOT_SPONSORED = "visaLetter.sponsorship.none";

    private static final List<String> COSTS = List.of("TRAVEL", "DSA", "HOTEL");

    /**
     * The sentence about the costs covered: {@code visaLetter.sponsorship.TRAVEL_DSA}
     * when the travel and the DSA items are accepted, {@link #NOT_SPONSORED} when none
     * is.
     */
    static String sponsorshipKey(Map<String, String> items) {
        String covered = COSTS.stream()
            .filter(kind -> SponsoredCosts.covers(items.get(kind)))
            .collect(Collectors.joining("_"));
        return covered.isEmpty() ? NOT_SPONSORED : "visaLetter.sponsorship." + covered;
    }

    /**
     * Title, given names and family name, as the consulate will compare them with the
     * passport.
     */
    public String fullName() {
        return Stream.of(title, givenNames, familyName)
            .filter(s -> s != null && !s.isBlank())
            .collect(Collectors.joining(" "));
    }

    /** Venue and city; empty when neither is known. */
    public String place() {
        return Stream.of(meeting.venue(), meeting.city())
            .filter(s -> s != null && !s.isBlank())
            .collect(Collectors.joining(", "));
    }

    String fileName() {
        return "visa-letter-" + Download.slug(meeting.shortName()) + "-" + Download.slug(familyName) + ".pdf";
    }
}

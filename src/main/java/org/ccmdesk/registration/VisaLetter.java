package org.ccmdesk.registration;

import java.time.LocalDate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.ccmdesk.system.Download;
import org.ccmdesk.meetings.Meeting;

/**
 * A visa support letter: the person as in their passport, their delegation, the meeting,
 * and what the Convention pays for their journey. {@code hostCountry} is null when the
 * meeting has none recorded; {@code sponsorship} is the message key of the sentence about
 * travel and subsistence.
 */
record VisaLetter(LocalDate date, String hostCountry, String title, String givenNames, String familyName,
        String function, String delegation, String passportNumber, String passportIssuer, LocalDate passportExpiry,
        LocalDate birthDate, String birthPlace, String nationality, Meeting meeting, String sponsorship) {

    /**
     * Until sponsorship is recorded: the letter says travel and subsistence are not
     * sponsored.
     */
    public static final String NOT_SPONSORED = "visaLetter.sponsorship.none";

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

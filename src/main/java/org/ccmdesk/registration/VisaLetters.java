package org.ccmdesk.registration;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.ccmdesk.meetings.Meeting;
import org.ccmdesk.meetings.MeetingService;
import org.ccmdesk.system.NotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Visa support letters: only for an approved registration that asked for one, and a
 * profile with passport details (a consulate needs the number). The caller has checked
 * who may read it.
 */
@Component
@Transactional(readOnly = true)
class VisaLetters {

    private final RegistrationQueries registrations;

    private final MeetingService meetings;

    private final RegistrationViews views;

    private final Clock clock;

    private final ObjectProvider<SponsoredCosts> sponsored;

    VisaLetters(RegistrationQueries registrations, MeetingService meetings, RegistrationViews views, Clock clock,
            ObjectProvider<SponsoredCosts> sponsored) {
        this.registrations = registrations;
        this.meetings = meetings;
        this.views = views;
        this.clock = clock;
        this.sponsored = sponsored;
    }

    VisaLetter letter(Registration registration, Locale locale) {
        Participant p = registrations.participant(registration.participantId()).orElseThrow();
        Meeting meeting = meetings.find(registration.meetingId())
            .orElseThrow(() -> new NotFoundException("meeting.notFound", registration.meetingId()));
        refusal(registration, p, meeting).ifPresent(key -> {
            throw new DocumentUnavailable(key);
        });
        LocalDate today = LocalDate.now(clock);
        Map<String, String> names = views.stateNames(locale);
        Function<String, String> state = iso3 -> iso3 == null ? null : names.getOrDefault(iso3, iso3);
        Meeting shown = meetings.localized(meeting, locale).meeting();
        return new VisaLetter(today, blankToNull(shown.country()), p.title(), p.givenNames(), p.familyName(),
                p.jobFunction(), RegistrationViews.name(registration.delegation(), names, views.organisationNames()),
                p.passportNumber(), state.apply(p.passportIssuer()), p.passportExpiry(), p.birthDate(), p.birthPlace(),
                state.apply(p.nationality()), shown, sponsorship(registration), registration.id(),
                meetings.letterSettings(meeting.id(), locale));
    }

    /**
     * Why there is no letter for this registration (the message key), or nothing when
     * there is one to download.
     */
    static Optional<String> refusal(Registration registration, Participant person, Meeting meeting) {
        if (registration.status() != RegistrationStatus.APPROVED) {
            return Optional.of("visaLetter.notApproved");
        }
        if (!registration.visaLetterRequested()) {
            return Optional.of("visaLetter.notRequested");
        }
        if (!person.hasPassport()) {
            return Optional.of("visaLetter.noPassport");
        }
        return meeting.cancelled() ? Optional.of("visaLetter.meetingCancelled") : Optional.empty();
    }

    /**
     * What the letter says about travel and subsistence: the costs the sponsorship
     * programme covers (items accepted or paid), asked through {@link SponsoredCosts}.
     */
    String sponsorship(Registration registration) {
        SponsoredCosts costs = sponsored.getIfAvailable();
        return costs == null ? VisaLetter.NOT_SPONSORED : VisaLetter.sponsorshipKey(costs.itemsOf(registration.id()));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

}

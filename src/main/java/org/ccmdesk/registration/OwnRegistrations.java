package org.ccmdesk.registration;

import java.util.List;
import java.util.Optional;

import org.ccmdesk.meetings.Meeting;
import org.ccmdesk.meetings.MeetingService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's own registrations, for their desk: found through the participant profile
 * with their e-mail address, each with whether its visa letter and badge are ready.
 */
@Service
@Transactional(readOnly = true)
public class OwnRegistrations {

    private final RegistrationQueries queries;

    private final MeetingService meetings;

    OwnRegistrations(RegistrationQueries queries, MeetingService meetings) {
        this.queries = queries;
        this.meetings = meetings;
    }

    /**
     * One registration of the person. {@code status} is {@code SUBMITTED},
     * {@code APPROVED}, {@code REJECTED} or {@code WITHDRAWN}; the badge is ready once
     * the registration is approved; the visa letter when it was asked for and can be
     * made.
     */
    public record Own(long registrationId, long meetingId, String status, boolean visaLetterRequested,
            boolean visaLetterReady) {

        public boolean badgeReady() {
            return "APPROVED".equals(status);
        }

    }

    /** The registrations of the profile with this e-mail address; none without one. */
    public List<Own> of(String email) {
        return queries.participantByEmail(email)
            .map(person -> queries.forParticipant(person.id())
                .stream()
                .map(r -> own(r, person, meetings.find(r.meetingId())))
                .toList())
            .orElse(List.of());
    }

    /**
     * A delegation's registrations for a meeting, each with its person's name, for the
     * focal point's desk (which visa letters are ready).
     */
    public List<Named> ofDelegation(long meetingId, org.ccmdesk.states.Party delegation) {
        Optional<Meeting> meeting = meetings.find(meetingId);
        return queries.forDelegation(meetingId, delegation)
            .stream()
            .flatMap(r -> queries.participant(r.participantId())
                .map(p -> new Named(own(r, p, meeting), p.givenNames() + " " + p.familyName()))
                .stream())
            .toList();
    }

    /** A registration and the name of its person. */
    public record Named(Own registration, String name) {
    }

    private static Own own(Registration r, Participant person, Optional<Meeting> meeting) {
        return new Own(r.id(), r.meetingId(), r.status().name(), r.visaLetterRequested(),
                meeting.map(m -> VisaLetters.refusal(r, person, m).isEmpty()).orElse(false));
    }

}

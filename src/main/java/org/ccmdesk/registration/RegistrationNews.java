package org.ccmdesk.registration;

import org.ccmdesk.meetings.MeetingService;
import org.ccmdesk.states.Party;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells the other modules what became of a registration ({@link RegistrationReceived},
 * {@link RegistrationApproved}, {@link RegistrationRejected},
 * {@link RegistrationWithdrawn}, {@link VisaLetterReady}), in the transaction of the
 * change, so that an event is stored exactly when the change is.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class RegistrationNews {

    private final RegistrationQueries queries;

    private final MeetingService meetings;

    private final ApplicationEventPublisher events;

    RegistrationNews(RegistrationQueries queries, MeetingService meetings, ApplicationEventPublisher events) {
        this.queries = queries;
        this.meetings = meetings;
        this.events = events;
    }

    /**
     * The registration {@code id} of {@code person} with {@code delegation} was submitted
     * (again).
     */
    void received(long id, long meetingId, Party delegation, Participant person) {
        events.publishEvent(new RegistrationReceived(id, meetingId, person.email(), person.formalName(),
                person.language(), delegation.key()));
    }

    /**
     * The secretariat or the person decided: approved (and the visa letter, if it is
     * ready with it), rejected or withdrawn.
     */
    void decided(Registration after) {
        Participant person = person(after);
        String party = after.delegation().key();
        Object event = switch (after.status()) {
            case APPROVED -> new RegistrationApproved(after.id(), after.meetingId(), person.email(),
                    person.formalName(), person.language(), party);
            case REJECTED -> new RegistrationRejected(after.id(), after.meetingId(), person.email(),
                    person.formalName(), person.language(), party, after.reason());
            case WITHDRAWN -> new RegistrationWithdrawn(after.id(), after.meetingId(), person.email(),
                    person.formalName(), person.language(), party);
            case SUBMITTED -> null;
        };
        if (event != null) {
            events.publishEvent(event);
        }
        if (after.status() == RegistrationStatus.APPROVED) {
            visaLetterIfReady(after, person);
        }
    }

    /**
     * The person's profile now has passport details: the letters of their approved
     * registrations that asked for one became ready.
     */
    void passportAdded(Participant person) {
        queries.forParticipant(person.id())
            .stream()
            .filter(r -> r.status() == RegistrationStatus.APPROVED)
            .forEach(r -> visaLetterIfReady(r, person));
    }

    private void visaLetterIfReady(Registration registration, Participant person) {
        meetings.find(registration.meetingId())
            .filter(meeting -> VisaLetters.refusal(registration, person, meeting).isEmpty())
            .ifPresent(meeting -> events.publishEvent(new VisaLetterReady(registration.id(), meeting.id(),
                    person.email(), person.formalName(), person.language(), registration.delegation().key())));
    }

    private Participant person(Registration registration) {
        return queries.participant(registration.participantId()).orElseThrow();
    }

}

package org.ccmdesk.registration;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Map;

import org.ccmdesk.meetings.Meeting;
import org.ccmdesk.meetings.Meeting.Admission;
import org.ccmdesk.meetings.MeetingService;
import org.ccmdesk.system.ActingUser;
import org.ccmdesk.system.AuditedChange;
import org.ccmdesk.system.NotFoundException;
import org.ccmdesk.system.RuleViolation;
import org.ccmdesk.system.StatusConflict;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Registering a person for one or more meetings of a series, and the life of a
 * registration: confirmed by the focal point, approved or rejected by the secretariat,
 * withdrawn. The unique constraint on (person, meeting) is the last word when two
 * requests race; the check before it only makes the usual case answer politely.
 */
@Service
@Transactional
class RegistrationDesk {

    private final RegistrationRows rows;

    private final RegistrationQueries queries;

    private final RegistrationAccess access;

    private final MeetingService meetings;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    private final TransactionTemplate transactions;

    private final RegistrationNews news;

    RegistrationDesk(RegistrationRows rows, RegistrationQueries queries, RegistrationAccess access,
            MeetingService meetings, ApplicationEventPublisher events, Clock clock,
            PlatformTransactionManager transactionManager, RegistrationNews news) {
        this.transactions = new TransactionTemplate(transactionManager);
        this.news = news;
        this.rows = rows;
        this.queries = queries;
        this.access = access;
        this.meetings = meetings;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Registers the form's person for each ticked meeting and answers the new
     * registrations' ids. When another request registered the same person for one of them
     * a moment earlier (a double click), the unique constraint refuses this one: its
     * transaction is rolled back, and the person's existing registration, read after it,
     * is answered as {@link AlreadyRegistered}, as when it was there before. (The
     * transaction is the template's own, so that the read comes after the rollback; a
     * caller's transaction, if there is one, is joined.)
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    List<Long> register(long meetingId, RegisterForm form) {
        try {
            return transactions.execute(status -> registerEach(meetingId, form));
        }
        catch (DuplicateKeyException raced) {
            Registration first = form.meetingIds()
                .stream()
                .map(m -> queries.find(form.participantId(), m))
                .flatMap(Optional::stream)
                .findFirst()
                .orElseThrow(() -> raced);
            throw new AlreadyRegistered(first);
        }
    }

    private List<Long> registerEach(long meetingId, RegisterForm form) {
        ActingUser user = RegistrationAccess.user();
        Meeting meeting = meeting(meetingId);
        Participant participant = queries.participant(form.participantId())
            .orElseThrow(() -> new NotFoundException("participant.notFound", form.participantId()));
        if (!RegistrationAccess.canSee(user, participant, participant.delegation())) {
            throw new AccessDeniedException("participant " + participant.id());
        }
        List<Long> created = new ArrayList<>();
        for (Long id : form.meetingIds().stream().distinct().toList()) {
            Meeting target = id == meetingId ? meeting
                    : meetings.related(meeting)
                        .stream()
                        .filter(m -> m.id() == id)
                        .findFirst()
                        .orElseThrow(() -> new RuleViolation("meetingIds", "registration.notInSeries"));
            boolean late = checkWindow(target, user);
            boolean confirmed = RegistrationAccess.canActFor(user, participant.delegation());
            Registration existing = queries.find(participant.id(), target.id()).orElse(null);
            if (existing != null && existing.status() != RegistrationStatus.WITHDRAWN) {
                throw new AlreadyRegistered(existing);
            }
            created.add(existing == null ? insert(participant, target, form, confirmed, late, user)
                    : reopen(existing, participant, form, confirmed, late, user));
        }
        return created;
    }

    /**
     * Answers whether the registration is late; refuses it when the window is not open
     * and the user is not the secretariat.
     */
    private boolean checkWindow(Meeting meeting, ActingUser user) {
        Admission admission = meeting.admissionOn(LocalDate.now(clock), user.isSecretariat());
        return switch (admission) {
            case NOT_HERE -> throw new RuleViolation("meetingIds", "registration.notHere", meeting.shortName());
            case WINDOW_CLOSED ->
                throw new RuleViolation("meetingIds", "registration.windowClosed", meeting.shortName());
            case LATE -> true;
            case ON_TIME -> false;
        };
    }

    private long insert(Participant participant, Meeting meeting, RegisterForm form, boolean confirmed, boolean late,
            ActingUser user) {
        long id = rows.insert(participant, meeting, form, confirmed, late, user.email(), OffsetDateTime.now(clock));
        events
            .publishEvent(AuditedChange.of(
                    "registration", id, "CREATE", null, Map.of("participant", participant.email(), "meeting",
                            meeting.shortName(), "role", form.role().name(), "late", late, "confirmed", confirmed),
                    null));
        news.received(id, meeting.id(), participant.delegation(), participant);
        return id;
    }

    /**
     * A withdrawn registration is submitted again rather than refused: the person changed
     * their mind. When someone else submitted it again meanwhile, the person is already
     * registered.
     */
    private long reopen(Registration existing, Participant participant, RegisterForm form, boolean confirmed,
            boolean late, ActingUser user) {
        Registration resubmitted = existing.resubmit(form.role(), form.consents(), form.wantsVisaLetter(), confirmed,
                late, user.email(), OffsetDateTime.now(clock));
        if (!rows.store(existing, resubmitted)) {
            throw new AlreadyRegistered(find(existing.id()));
        }
        events.publishEvent(AuditedChange.of("registration", existing.id(), "RESUBMIT", Map.of("status", "WITHDRAWN"),
                Map.of("status", "SUBMITTED", "role", form.role().name()), null));
        news.received(existing.id(), existing.meetingId(), existing.delegation(), participant);
        return existing.id();
    }

    /** Approves the submitted ones among {@code ids} and answers how many. */
    int approve(List<Long> ids) {
        return approve(null, ids);
    }

    /**
     * Approves the submitted ones among {@code ids} that belong to the meeting (any
     * meeting when null); one that is not submitted, or no longer is by the time it is
     * written, is left out.
     */
    int approve(Long meetingId, List<Long> ids) {
        requireSecretariat();
        ActingUser user = RegistrationAccess.user();
        int approved = 0;
        for (Registration registration : queries.find(ids)) {
            if (registration.status() == RegistrationStatus.SUBMITTED
                    && (meetingId == null || registration.meetingId() == meetingId)
                    && decided(registration, registration.approve(user.email(), OffsetDateTime.now(clock)))) {
                approved++;
            }
        }
        return approved;
    }

    void reject(long id, String reason) {
        requireSecretariat();
        Registration registration = find(id);
        decide(registration, registration.reject(reason, RegistrationAccess.user().email(), OffsetDateTime.now(clock)));
    }

    /** By the person, their focal point or the secretariat. */
    void withdraw(long id) {
        Registration registration = access.checkCanSee(id);
        decide(registration, registration.withdraw(RegistrationAccess.user().email(), OffsetDateTime.now(clock)));
    }

    /**
     * The focal point (or the secretariat) confirms that a person who registered themself
     * belongs to the delegation.
     */
    void confirm(long id) {
        Registration registration = find(id);
        access.checkCanActFor(registration.delegation());
        Registration confirmed = registration.confirm();
        if (confirmed.equals(registration)) {
            return;
        }
        if (!rows.store(registration, confirmed)) {
            throw changedMeanwhile(id);
        }
        events.publishEvent(AuditedChange.of("registration", id, "CONFIRM",
                Map.of("confirmed", registration.confirmed()), Map.of("confirmed", true), null));
    }

    /**
     * Stores a decision, refused like the transition itself when someone changed the
     * registration meanwhile.
     */
    private void decide(Registration before, Registration after) {
        if (!decided(before, after)) {
            throw changedMeanwhile(before.id());
        }
    }

    /**
     * The refusal of a change that found the registration changed when it was written,
     * with the status the other change left (read after it, which this transaction sees
     * once the other committed).
     */
    private StatusConflict changedMeanwhile(long id) {
        return Registration.cannotChange(find(id).status());
    }

    /**
     * Stores a decision and audits it; false (nothing written) when someone changed the
     * registration meanwhile.
     */
    private boolean decided(Registration before, Registration after) {
        if (!rows.store(before, after)) {
            return false;
        }
        events.publishEvent(AuditedChange.of("registration", after.id(), after.status().name(),
                Map.of("status", before.status().name()), Map.of("status", after.status().name()), after.reason()));
        news.decided(after);
        return true;
    }

    private static void requireSecretariat() {
        if (!RegistrationAccess.user().isSecretariat()) {
            throw new AccessDeniedException("only the secretariat approves or rejects registrations");
        }
    }

    private Registration find(long id) {
        return queries.find(id).orElseThrow(() -> new NotFoundException("registration.notFound", id));
    }

    private Meeting meeting(long id) {
        return meetings.find(id).orElseThrow(() -> new NotFoundException("registration.meetingNotFound", id));
    }

}

package org.ccmdesk.sponsorship;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

import org.ccmdesk.meetings.Meeting;
import org.ccmdesk.meetings.MeetingService;
import org.ccmdesk.registration.RegisteredPeople;
import org.ccmdesk.registration.RegisteredPerson;
import org.ccmdesk.registration.RegistrationWithdrawn;
import org.ccmdesk.system.ActingUser;
import org.ccmdesk.system.AuditedChange;
import org.ccmdesk.system.GeneratedId;
import org.ccmdesk.system.NotFoundException;
import org.ccmdesk.system.RuleViolation;
import org.ccmdesk.system.StatusConflict;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applications: a focal point applies for a registered member of its state's delegation
 * (the secretariat may apply on their behalf, also after the call closed); eligibility
 * and priority are computed from the facts as of the meeting's first day and kept with
 * the application, ineligible ones too. The secretariat sets the outcome by hand
 * (shortlisted, waiting list, not selected); offers set it to offered.
 */
@Service
@Transactional
class Applications {

    static final int MOTIVATION_MAX = 4000;

    private final JdbcClient jdbc;

    private final SponsorshipQueries queries;

    private final MeetingService meetings;

    private final RegisteredPeople people;

    private final StateFactsReader facts;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    Applications(JdbcClient jdbc, SponsorshipQueries queries, MeetingService meetings, RegisteredPeople people,
            StateFactsReader facts, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.queries = queries;
        this.meetings = meetings;
        this.people = people;
        this.facts = facts;
        this.events = events;
        this.clock = clock;
    }

    /** What an applicant asks for. Amounts in CHF; zero for a cost not asked for. */
    record Request(long meetingId, long registrationId, String travelFrom, BigDecimal travel, int dsaDays,
            BigDecimal dsa, int hotelNights, BigDecimal hotel, String motivation, boolean conditionsAccepted) {
    }

    /** The new application: its id and eligibility. */
    record Created(long id, Eligibility eligibility, Priority priority) {
    }

    Created apply(Request request) {
        ActingUser user = ActingUser.current().orElseThrow(() -> new AccessDeniedException("not signed in"));
        SponsorshipCall call = queries.call(request.meetingId())
            .orElseThrow(() -> new NotFoundException("sponsorship.callNotFound", request.meetingId()));
        Meeting meeting = meetings.find(call.meetingId()).orElseThrow();
        RegisteredPerson person = people.find(request.registrationId())
            .filter(p -> p.meetingId() == call.meetingId())
            .orElseThrow(() -> new RuleViolation("registrationId", "sponsorship.registrationNotInMeeting"));
        if (!person.delegation().isState()) {
            throw new RuleViolation("registrationId", "sponsorship.statesOnly");
        }
        String iso3 = person.delegation().iso3();
        if (!user.canActForState(iso3)) {
            throw new AccessDeniedException("not a focal point of " + iso3);
        }
        if (!person.active()) {
            throw new RuleViolation("registrationId", "sponsorship.registrationNotActive");
        }
        LocalDate today = LocalDate.now(clock);
        if (!user.isSecretariat() && !call.openOn(today)) {
            throw new RuleViolation("meetingId", "sponsorship.callClosed", call.opens().toString(),
                    call.closes().toString());
        }
        if (!request.conditionsAccepted()) {
            throw new RuleViolation("conditionsAccepted", "sponsorship.conditionsNotAccepted");
        }
        String motivation = request.motivation() == null ? "" : request.motivation().trim();
        if (motivation.isEmpty() || motivation.length() > MOTIVATION_MAX) {
            throw new RuleViolation("motivation", "sponsorship.motivationRequired", MOTIVATION_MAX);
        }
        BigDecimal travel = Money.entered("travel", request.travel(), true);
        BigDecimal dsa = Money.entered("dsa", request.dsa(), true);
        BigDecimal hotel = Money.entered("hotel", request.hotel(), true);
        if (travel.add(dsa).add(hotel).signum() == 0) {
            throw new RuleViolation("items", "sponsorship.nothingAsked");
        }
        if (request.dsaDays() < 0 || request.hotelNights() < 0 || request.dsaDays() > 60
                || request.hotelNights() > 60) {
            throw new RuleViolation("dsaDays", "sponsorship.daysRange");
        }
        String from = request.travelFrom() == null ? null : request.travelFrom().trim();
        if (from != null && from.length() > 200) {
            throw new RuleViolation("travelFrom", "sponsorship.travelFromTooLong");
        }
        // one application per registration: applications of a meeting are made one at a
        // time
        jdbc.sql("select meeting_id from sponsorship_call where meeting_id = :m for update")
            .param("m", call.meetingId())
            .query(Long.class)
            .single();
        queries.applicationOfRegistration(person.registrationId()).ifPresent(existing -> {
            throw new RuleViolation("registrationId", "sponsorship.alreadyApplied", existing.id());
        });
        boolean lowerMiddle = queries.programme(call.year()).map(Programme::lowerMiddleIncome).orElse(false);
        StateFacts stateFacts = facts.of(iso3, meeting.firstDay(), call.invitees());
        Eligibility eligibility = Eligibility.of(stateFacts, lowerMiddle);
        Priority priority = Priority.of(stateFacts);
        Outcome outcome = eligibility.eligible() ? Outcome.ELIGIBLE : Outcome.INELIGIBLE;
        OffsetDateTime now = OffsetDateTime.now(clock);
        long id = GeneratedId.insert(jdbc
            .sql("""
                    insert into sponsorship_application (meeting_id, registration_id, state_iso3, travel_from, travel_amount,
                           dsa_days, dsa_amount, hotel_nights, hotel_amount, motivation, eligible, eligibility_reasons,
                           priority, priority_reasons, outcome, withdrawal_flagged, applied_by, applied_at)
                    values (:m, :r, :iso3, :from, :travel, :days, :dsa, :nights, :hotel, :motivation, :eligible, :eReasons,
                           :priority, :pReasons, :outcome, false, :by, :at)""")
            .param("m", call.meetingId())
            .param("r", person.registrationId())
            .param("iso3", iso3)
            .param("from", from == null || from.isEmpty() ? null : from)
            .param("travel", travel)
            .param("days", request.dsaDays())
            .param("dsa", dsa)
            .param("nights", request.hotelNights())
            .param("hotel", hotel)
            .param("motivation", motivation)
            .param("eligible", eligibility.eligible())
            .param("eReasons", Reason.write(eligibility.reasons()))
            .param("priority", eligibility.eligible() ? priority.points() : 0)
            .param("pReasons", Reason.write(eligibility.eligible() ? priority.reasons() : java.util.List.of()))
            .param("outcome", outcome.name())
            .param("by", user.email())
            .param("at", now));
        history(id, outcome, null, user.email(), now);
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("meeting", call.meetingId());
        values.put("registration", person.registrationId());
        values.put("state", iso3);
        values.put("requested", travel.add(dsa).add(hotel).toPlainString());
        values.put("eligible", eligibility.eligible());
        values.put("priority", priority.points());
        events.publishEvent(AuditedChange.of("sponsorship_application", id, "CREATE", null, values, null));
        return new Created(id, eligibility, priority);
    }

    /** The estimates of an application from the call's rates (CHF). */
    static Map<CostKind, BigDecimal> estimates(SponsorshipCall call, boolean travel, int dsaDays, int hotelNights) {
        Map<CostKind, BigDecimal> estimates = new LinkedHashMap<>();
        estimates.put(CostKind.TRAVEL, travel ? call.travelEstimate() : Money.ZERO);
        estimates.put(CostKind.DSA, Money.chf(call.dsaRate().multiply(BigDecimal.valueOf(Math.max(0, dsaDays)))));
        estimates.put(CostKind.HOTEL,
                Money.chf(call.hotelRate().multiply(BigDecimal.valueOf(Math.max(0, hotelNights)))));
        return estimates;
    }

    /** Days (or nights) an amount pays for at a rate, rounded up; zero without a rate. */
    static int units(BigDecimal amount, BigDecimal rate) {
        return rate.signum() == 0 ? 0 : amount.divide(rate, 0, RoundingMode.CEILING).intValue();
    }

    /** The secretariat sets an eligible application's outcome by hand. */
    void setOutcome(long applicationId, Outcome outcome, String note) {
        String by = Programmes.secretariat();
        if (outcome == null || !outcome.setByHand()) {
            throw new RuleViolation("outcome", "sponsorship.outcomeNotByHand");
        }
        Application application = find(applicationId);
        if (!application.eligible()) {
            throw new StatusConflict(application.outcome().name(), "sponsorship.notEligible");
        }
        if (!application.outcome().canBeOffered() || application.outcome() == outcome) {
            throw new StatusConflict(application.outcome().name(), "sponsorship.outcomeCannotChange",
                    application.outcome().name());
        }
        change(application, application.outcome(), outcome, note == null || note.isBlank() ? null : note.trim(), by);
    }

    /**
     * Compare-and-set of the outcome with its history and audit entry; refused when
     * someone changed it meanwhile.
     */
    void change(Application application, Outcome from, Outcome to, String note, String by) {
        int changed = jdbc.sql("update sponsorship_application set outcome = :to where id = :id and outcome = :from")
            .param("to", to.name())
            .param("id", application.id())
            .param("from", from.name())
            .update();
        if (changed == 0) {
            Outcome now = find(application.id()).outcome();
            throw new StatusConflict(now.name(), "sponsorship.outcomeCannotChange", now.name());
        }
        history(application.id(), to, note, by, OffsetDateTime.now(clock));
        events.publishEvent(AuditedChange.of("sponsorship_application", application.id(), "OUTCOME",
                Map.of("outcome", from.name()), Map.of("outcome", to.name()), note));
    }

    /**
     * A sponsored person's registration was withdrawn: flagged for the secretariat in the
     * same transaction as the withdrawal, so that it cannot go unseen.
     */
    @EventListener
    void on(RegistrationWithdrawn withdrawn) {
        queries.applicationOfRegistration(withdrawn.registrationId()).ifPresent(application -> {
            jdbc.sql("update sponsorship_application set withdrawal_flagged = true where id = :id")
                .param("id", application.id())
                .update();
            String by = ActingUser.current().map(ActingUser::email).orElse("system");
            history(application.id(), application.outcome(), "sponsorship.note.withdrawn", by,
                    OffsetDateTime.now(clock));
            events.publishEvent(AuditedChange.of("sponsorship_application", application.id(), "WITHDRAWAL_FLAGGED",
                    null, Map.of("registration", withdrawn.registrationId()), null));
        });
    }

    private void history(long applicationId, Outcome outcome, String note, String by, OffsetDateTime at) {
        jdbc.sql("""
                insert into sponsorship_outcome_history (application_id, outcome, note, changed_by, changed_at)
                values (:a, :o, :n, :by, :at)""")
            .param("a", applicationId)
            .param("o", outcome.name())
            .param("n", note)
            .param("by", by)
            .param("at", at)
            .update();
    }

    Application find(long id) {
        return queries.application(id).orElseThrow(() -> new NotFoundException("sponsorship.applicationNotFound", id));
    }

}

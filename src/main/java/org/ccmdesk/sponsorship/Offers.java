package org.ccmdesk.sponsorship;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.ccmdesk.registration.RegisteredPeople;
import org.ccmdesk.registration.RegisteredPerson;
import org.ccmdesk.system.ActingUser;
import org.ccmdesk.system.AuditedChange;
import org.ccmdesk.system.EmailAddresses;
import org.ccmdesk.system.GeneratedId;
import org.ccmdesk.system.NotFoundException;
import org.ccmdesk.system.RuleViolation;
import org.ccmdesk.system.StatusConflict;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Offers and their items. Every change that moves money (making an offer commits it; a
 * decline or a lapse releases an item; a payment turns a commitment into spending) locks
 * the programme year's row first ({@link Ledger#lock}), then changes the items with
 * compare-and-set updates: under any interleaving, on any number of instances, the totals
 * are those of the items and never exceed the funds counted. An offer refused for lack of
 * money leaves the application on the waiting list, with the shortfall. Lapses and
 * extensions are in {@link OfferLapses}.
 */
@Service
class Offers {

    static final int REASON_MAX = 1000;

    private final JdbcClient jdbc;

    private final SponsorshipQueries queries;

    private final Ledger ledger;

    private final Applications applications;

    private final RegisteredPeople people;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    private final TransactionTemplate tx;

    Offers(JdbcClient jdbc, SponsorshipQueries queries, Ledger ledger, Applications applications,
            RegisteredPeople people, ApplicationEventPublisher events, Clock clock,
            PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.queries = queries;
        this.ledger = ledger;
        this.applications = applications;
        this.people = people;
        this.events = events;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactions);
    }

    /**
     * Makes an offer and commits its money; answers its id. Refused with
     * {@link InsufficientFunds} (the shortfall in CHF) when the available money does not
     * cover it; the application is then on the waiting list.
     */
    long offer(long applicationId, Map<CostKind, BigDecimal> items, LocalDate expires) {
        String by = Programmes.secretariat();
        try {
            return tx.execute(status -> make(applicationId, items, expires, by));
        }
        catch (InsufficientFunds refused) {
            tx.executeWithoutResult(status -> toWaitingList(applicationId, by));
            throw refused;
        }
    }

    private long make(long applicationId, Map<CostKind, BigDecimal> asked, LocalDate expires, String by) {
        if (asked == null || asked.isEmpty()) {
            throw new RuleViolation("items", "sponsorship.nothingOffered");
        }
        Map<CostKind, BigDecimal> items = new EnumMap<>(CostKind.class);
        asked.forEach((kind, amount) -> items.put(kind, Money.entered("items", amount, false)));
        LocalDate today = LocalDate.now(clock);
        if (expires == null || expires.isBefore(today) || expires.isAfter(today.plusYears(1))) {
            throw new RuleViolation("expires", "sponsorship.expiryRange");
        }
        SponsorshipCall call = queries.call(applications.find(applicationId).meetingId()).orElseThrow();
        ProgrammeTotals before = ledger.lock(call.year());
        // read after the lock: an offer made meanwhile to the same application is seen
        Application application = applications.find(applicationId);
        if (!application.eligible()) {
            throw new StatusConflict(application.outcome().name(), "sponsorship.notEligible");
        }
        if (!application.outcome().canBeOffered()) {
            throw new StatusConflict(application.outcome().name(), "sponsorship.cannotOffer",
                    application.outcome().name());
        }
        RegisteredPerson person = people.find(application.registrationId()).orElseThrow();
        if (!person.active() || application.withdrawalFlagged()) {
            throw new RuleViolation("items", "sponsorship.registrationNotActive");
        }
        long taken = queries.applications(application.meetingId())
            .stream()
            .filter(a -> a.iso3().equals(application.iso3()) && a.outcome() == Outcome.OFFERED)
            .count();
        if (taken >= call.placesPerDelegation()) {
            throw new RuleViolation("items", "sponsorship.placesTaken", call.placesPerDelegation());
        }
        BigDecimal total = items.values().stream().reduce(Money.ZERO, BigDecimal::add);
        ProgrammeTotals after = before.commit(total);
        OffsetDateTime now = OffsetDateTime.now(clock);
        long offerId = GeneratedId.insert(jdbc
            .sql("""
                    insert into sponsorship_offer (application_id, programme_year, offer_round, expires, status, made_by, made_at)
                    values (:a, :y, :round, :expires, 'OPEN', :by, :at)""")
            .param("a", applicationId)
            .param("y", call.year())
            .param("round", call.round())
            .param("expires", expires)
            .param("by", by)
            .param("at", now));
        items.forEach((kind, amount) -> jdbc
            .sql("""
                    insert into sponsorship_offer_item (offer_id, kind, amount, status) values (:o, :k, :amount, 'OFFERED')""")
            .param("o", offerId)
            .param("k", kind.name())
            .param("amount", amount)
            .update());
        applications.change(application, application.outcome(), Outcome.OFFERED, null, by);
        String described = describe(items);
        Map<String, Object> about = new LinkedHashMap<>();
        about.put("offer", offerId);
        about.put("application", applicationId);
        about.put("items", described);
        about.put("amount", total.toPlainString());
        ledger.store(before, after, "COMMIT", about);
        events.publishEvent(AuditedChange.of("sponsorship_offer", offerId, "CREATE", null, Map.of("application",
                applicationId, "items", described, "expires", expires.toString(), "round", call.round()), null));
        events.publishEvent(
                new SponsorshipOffered(offerId, applicationId, application.meetingId(), application.registrationId(),
                        person.email(), person.name(), person.language(), application.iso3(), described, expires));
        return offerId;
    }

    private void toWaitingList(long applicationId, String by) {
        Application application = applications.find(applicationId);
        if (application.eligible() && application.outcome() != Outcome.WAITING_LIST
                && application.outcome().canBeOffered()) {
            applications.change(application, application.outcome(), Outcome.WAITING_LIST, "sponsorship.note.refused",
                    by);
        }
    }

    /** The person, their focal point or the secretariat accepts one item. */
    void accept(long offerId, CostKind kind) {
        tx.executeWithoutResult(status -> answer(offerId, kind, ItemStatus.ACCEPTED, null));
    }

    /** The person, their focal point or the secretariat declines one item, saying why. */
    void decline(long offerId, CostKind kind, String reason) {
        String why = reason == null ? "" : reason.trim();
        if (why.isEmpty() || why.length() > REASON_MAX) {
            throw new RuleViolation("reason", "sponsorship.declineReasonRequired", REASON_MAX);
        }
        tx.executeWithoutResult(status -> answer(offerId, kind, ItemStatus.DECLINED, why));
    }

    private void answer(long offerId, CostKind kind, ItemStatus answer, String reason) {
        ActingUser user = ActingUser.current().orElseThrow(() -> new AccessDeniedException("not signed in"));
        Offer offer = find(offerId);
        Application application = applications.find(offer.applicationId());
        RegisteredPerson person = people.find(application.registrationId()).orElseThrow();
        if (!mayAnswer(user, person, application)) {
            throw new AccessDeniedException("offer " + offerId);
        }
        if (kind == null || offer.item(kind).isEmpty()) {
            throw new NotFoundException("sponsorship.itemNotFound", offerId, String.valueOf(kind));
        }
        ProgrammeTotals before = ledger.lock(offer.year());
        LocalDate today = LocalDate.now(clock);
        OffsetDateTime now = OffsetDateTime.now(clock);
        int changed = jdbc
            .sql("""
                    update sponsorship_offer_item set status = :answer, reason = :reason, answered_by = :by, answered_at = :at
                     where offer_id = :o and kind = :k and status = 'OFFERED'
                       and exists (select 1 from sponsorship_offer o where o.id = :o and o.status = 'OPEN' and o.expires >= :today)""")
            .param("answer", answer.name())
            .param("reason", reason)
            .param("by", user.email())
            .param("at", now)
            .param("o", offerId)
            .param("k", kind.name())
            .param("today", today)
            .update();
        Offer current = find(offerId);
        if (changed == 0) {
            ItemStatus status = current.item(kind).orElseThrow().status();
            if (status == ItemStatus.OFFERED) {
                throw new StatusConflict(Offer.LAPSED, "sponsorship.offerExpired", current.expires().toString());
            }
            throw new StatusConflict(status.name(), "sponsorship.itemCannotChange", status.name());
        }
        BigDecimal amount = current.item(kind).orElseThrow().amount();
        if (answer == ItemStatus.DECLINED) {
            ledger.store(before, before.release(amount), "RELEASE",
                    Map.of("offer", offerId, "item", kind.name(), "amount", amount.toPlainString(), "why", "DECLINED"));
        }
        events.publishEvent(AuditedChange.of("sponsorship_offer_item", offerId + ":" + kind, answer.name(),
                Map.of("status", ItemStatus.OFFERED.name()), Map.of("status", answer.name()), reason));
        if (current.items().stream().noneMatch(i -> i.status() == ItemStatus.OFFERED)) {
            close(current, Offer.ANSWERED);
            if (current.items().stream().allMatch(i -> i.status() == ItemStatus.DECLINED)
                    && applications.find(application.id()).outcome() == Outcome.OFFERED) {
                applications.change(application, Outcome.OFFERED, Outcome.NOT_SELECTED, "sponsorship.note.declined",
                        user.email());
            }
        }
        if (answer == ItemStatus.ACCEPTED) {
            events.publishEvent(new SponsorshipAccepted(offerId, application.id(), application.meetingId(),
                    application.registrationId(), person.email(), person.name(), person.language(), application.iso3(),
                    kind.name()));
        }
        else {
            events.publishEvent(new SponsorshipDeclined(offerId, application.id(), application.meetingId(),
                    application.registrationId(), person.email(), person.name(), person.language(), application.iso3(),
                    kind.name(), reason));
        }
    }

    static boolean mayAnswer(ActingUser user, RegisteredPerson person, Application application) {
        return user.isSecretariat() || user.canActForState(application.iso3())
                || EmailAddresses.normal(user.email()).equals(EmailAddresses.normal(person.email()));
    }

    /**
     * The secretariat records what was paid for an accepted item; the difference to the
     * commitment goes back to available.
     */
    void pay(long offerId, CostKind kind, BigDecimal paid) {
        Programmes.secretariat();
        BigDecimal amount = Money.entered("paid", paid, true);
        tx.executeWithoutResult(status -> {
            Offer offer = find(offerId);
            Offer.Item item = Optional.ofNullable(kind)
                .flatMap(offer::item)
                .orElseThrow(() -> new NotFoundException("sponsorship.itemNotFound", offerId, String.valueOf(kind)));
            ProgrammeTotals before = ledger.lock(offer.year());
            int changed = jdbc.sql("""
                    update sponsorship_offer_item set status = 'PAID', paid = :paid
                     where offer_id = :o and kind = :k and status = 'ACCEPTED'""")
                .param("paid", amount)
                .param("o", offerId)
                .param("k", kind.name())
                .update();
            if (changed == 0) {
                ItemStatus now = find(offerId).item(kind).orElseThrow().status();
                throw new StatusConflict(now.name(), "sponsorship.payAccepted", now.name());
            }
            ProgrammeTotals after = before.pay(item.amount(), amount);
            ledger.store(before, after, "PAY", Map.of("offer", offerId, "item", kind.name(), "committed",
                    item.amount().toPlainString(), "paid", amount.toPlainString()));
            events.publishEvent(AuditedChange.of("sponsorship_offer_item", offerId + ":" + kind, "PAID",
                    Map.of("status", ItemStatus.ACCEPTED.name()), Map.of("paid", amount.toPlainString()), null));
        });
    }

    void close(Offer offer, String status) {
        jdbc.sql("update sponsorship_offer set status = :s where id = :id and status = 'OPEN'")
            .param("s", status)
            .param("id", offer.id())
            .update();
    }

    Offer find(long offerId) {
        return queries.offer(offerId).orElseThrow(() -> new NotFoundException("sponsorship.offerNotFound", offerId));
    }

    static String describe(Map<CostKind, BigDecimal> items) {
        return items.entrySet()
            .stream()
            .map(e -> e.getKey().name() + "=" + e.getValue().toPlainString())
            .collect(Collectors.joining(","));
    }

}

package org.ccmdesk.sponsorship;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.ccmdesk.registration.RegisteredPeople;
import org.ccmdesk.registration.RegisteredPerson;
import org.ccmdesk.system.AuditedChange;
import org.ccmdesk.system.RuleViolation;
import org.ccmdesk.system.StatusConflict;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Offers that run out of time: a lapse when an offer's expiry has passed (its unanswered
 * items release their money under the programme year's lock, like a decline, and the next
 * on the waiting list is proposed), and the secretariat's extension of an open offer.
 */
@Service
class OfferLapses {

    private final Offers offers;

    private final JdbcClient jdbc;

    private final SponsorshipQueries queries;

    private final Ledger ledger;

    private final Applications applications;

    private final RegisteredPeople people;

    private final RankedList ranked;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    private final TransactionTemplate tx;

    OfferLapses(Offers offers, JdbcClient jdbc, SponsorshipQueries queries, Ledger ledger, Applications applications,
            RegisteredPeople people, RankedList ranked, ApplicationEventPublisher events, Clock clock,
            PlatformTransactionManager transactions) {
        this.offers = offers;
        this.jdbc = jdbc;
        this.queries = queries;
        this.ledger = ledger;
        this.applications = applications;
        this.people = people;
        this.ranked = ranked;
        this.events = events;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactions);
    }

    /**
     * Lapses an open offer whose expiry is before today: its unanswered items release
     * their money, and the next on the waiting list is proposed (in the audit log and on
     * the ranked list). False when there was nothing to lapse (answered meanwhile).
     */
    boolean lapse(long offerId) {
        return Boolean.TRUE.equals(tx.execute(status -> lapseInTransaction(offerId)));
    }

    private boolean lapseInTransaction(long offerId) {
        Offer offer = offers.find(offerId);
        ProgrammeTotals before = ledger.lock(offer.year());
        Offer current = offers.find(offerId);
        LocalDate today = LocalDate.now(clock);
        if (!current.open() || !current.expires().isBefore(today)) {
            return false;
        }
        List<Offer.Item> unanswered = current.items().stream().filter(i -> i.status() == ItemStatus.OFFERED).toList();
        int changed = jdbc
            .sql("update sponsorship_offer_item set status = 'LAPSED', answered_by = 'system',"
                    + " answered_at = :at where offer_id = :o and status = 'OFFERED'")
            .param("at", OffsetDateTime.now(clock))
            .param("o", offerId)
            .update();
        if (changed != unanswered.size()) {
            throw new IllegalStateException("items of offer " + offerId + " changed without the programme's lock");
        }
        BigDecimal released = unanswered.stream().map(Offer.Item::amount).reduce(Money.ZERO, BigDecimal::add);
        String kinds = unanswered.stream().map(i -> i.kind().name()).collect(Collectors.joining(","));
        ProgrammeTotals after = before.release(released);
        boolean nothingTaken = current.items()
            .stream()
            .noneMatch(i -> i.status() == ItemStatus.ACCEPTED || i.status() == ItemStatus.PAID);
        offers.close(current, nothingTaken ? Offer.LAPSED : Offer.ANSWERED);
        Application application = applications.find(current.applicationId());
        if (nothingTaken && application.outcome() == Outcome.OFFERED) {
            applications.change(application, Outcome.OFFERED, Outcome.NOT_SELECTED, "sponsorship.note.lapsed",
                    "system");
        }
        Map<String, Object> about = new LinkedHashMap<>();
        about.put("offer", offerId);
        about.put("items", kinds);
        about.put("amount", released.toPlainString());
        about.put("why", "LAPSED");
        RankedList.nextOnWaitingList(ranked.of(application.meetingId()), after.available())
            .ifPresent(next -> about.put("proposedNext", next.application().id()));
        ledger.store(before, after, "RELEASE", about);
        RegisteredPerson person = people.find(application.registrationId()).orElseThrow();
        events.publishEvent(
                new SponsorshipLapsed(offerId, application.id(), application.meetingId(), application.registrationId(),
                        person.email(), person.name(), person.language(), application.iso3(), kinds));
        return true;
    }

    /** Lapses every open offer whose expiry is before today; answers how many. */
    int lapseExpired() {
        int lapsed = 0;
        for (long id : queries.expiredOffers(LocalDate.now(clock))) {
            if (lapse(id)) {
                lapsed++;
            }
        }
        return lapsed;
    }

    /** The secretariat gives an open offer more time. */
    void extend(long offerId, LocalDate expires) {
        Programmes.secretariat();
        tx.executeWithoutResult(status -> {
            Offer offer = offers.find(offerId);
            if (expires == null || !expires.isAfter(offer.expires())
                    || expires.isAfter(LocalDate.now(clock).plusYears(1))) {
                throw new RuleViolation("expires", "sponsorship.extendLater", offer.expires().toString());
            }
            int changed = jdbc
                .sql("update sponsorship_offer set expires = :e where id = :id and status = 'OPEN' and expires = :was")
                .param("e", expires)
                .param("id", offerId)
                .param("was", offer.expires())
                .update();
            if (changed == 0) {
                throw new StatusConflict(offers.find(offerId).status(), "sponsorship.offerNotOpen");
            }
            events.publishEvent(AuditedChange.of("sponsorship_offer", offerId, "EXTEND",
                    Map.of("expires", offer.expires().toString()), Map.of("expires", expires.toString()), null));
        });
    }

}

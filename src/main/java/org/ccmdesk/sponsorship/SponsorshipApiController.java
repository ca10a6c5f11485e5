package org.ccmdesk.sponsorship;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.ccmdesk.system.NotFoundException;
import org.ccmdesk.system.RuleViolation;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The sponsorship programme as JSON, with the rights of the pages: the ledger and funds
 * (secretariat), applications (focal point or secretariat), offers (secretariat) and the
 * answers to their items (the person, their focal point or the secretariat). Amounts are
 * decimal numbers in CHF unless a currency is given.
 */
@Tag(name = "Sponsorship")
@RestController
class SponsorshipApiController {

    /** The money of a programme year, in CHF. */
    record LedgerJson(int year, String currency, BigDecimal fundsReceived, BigDecimal fundsPledged,
            BigDecimal countedFunds, BigDecimal committed, BigDecimal spent, BigDecimal available) {
    }

    /** A contribution: amount in its currency, rate in CHF per unit (1 for CHF). */
    record FundJson(String donor, BigDecimal amount, FundCurrency currency, BigDecimal rate, FundStatus status,
            LocalDate date, Long meetingId) {
    }

    /** One item asked or offered. */
    record ItemJson(CostKind kind, BigDecimal amount) {
    }

    /**
     * An application; posting it accepts the call's conditions unless
     * {@code conditionsAccepted} is false (which is refused).
     */
    record ApplicationJson(Long meetingId, Long registrationId, List<ItemJson> items, String motivation,
            String travelFrom, Boolean conditionsAccepted) {
    }

    /** The new application: its id, eligibility and priority with their reasons. */
    record CreatedApplicationJson(long id, boolean eligible, List<String> eligibility, int priority,
            List<String> priorityReasons) {
    }

    record OfferJson(List<ItemJson> items, LocalDate expires) {
    }

    record DeclineJson(String reason) {
    }

    record ItemAnswerJson(long offerId, CostKind kind, ItemStatus status) {
    }

    private final Ledger ledger;

    private final Programmes programmes;

    private final Applications applications;

    private final Offers offers;

    private final SponsorshipQueries queries;

    private final MessageSource messages;

    SponsorshipApiController(Ledger ledger, Programmes programmes, Applications applications, Offers offers,
            SponsorshipQueries queries, MessageSource messages) {
        this.ledger = ledger;
        this.programmes = programmes;
        this.applications = applications;
        this.offers = offers;
        this.queries = queries;
        this.messages = messages;
    }

    @Operation(summary = "The money of a programme year in CHF: funds received and pledged, funds counted, "
            + "committed, spent and available")
    @GetMapping("/api/sponsorship/programmes/{year}/ledger")
    LedgerJson ledger(@PathVariable int year) {
        ProgrammeTotals t = ledger.totals(year);
        return new LedgerJson(year, "CHF", t.received(), t.pledged(), t.counted(), t.committed(), t.spent(),
                t.available());
    }

    @Operation(summary = "Record a donor's contribution (pledged or received) to a programme year; 201 with its id")
    @PostMapping("/api/sponsorship/programmes/{year}/funds")
    ResponseEntity<Map<String, Long>> fund(@PathVariable int year, @RequestBody FundJson fund) {
        long id = programmes.recordFund(year, fund.donor(), fund.amount(), fund.currency(), fund.rate(), fund.status(),
                fund.date(), fund.meetingId());
        return ResponseEntity.created(URI.create("/sponsorship/programmes/" + year)).body(Map.of("id", id));
    }

    @Operation(summary = "Apply for a registered member of the focal point's delegation; 201 with the id, "
            + "the eligibility and the priority, each with its reasons")
    @PostMapping("/api/sponsorship/applications")
    ResponseEntity<CreatedApplicationJson> apply(@RequestBody ApplicationJson body, Locale locale) {
        if (body.meetingId() == null) {
            throw new RuleViolation("meetingId", "sponsorship.meetingRequired");
        }
        if (body.registrationId() == null) {
            throw new RuleViolation("registrationId", "sponsorship.registrationRequired");
        }
        Map<CostKind, BigDecimal> items = items(body.items());
        SponsorshipCall call = queries.call(body.meetingId())
            .orElseThrow(() -> new NotFoundException("sponsorship.callNotFound", body.meetingId()));
        BigDecimal dsa = items.getOrDefault(CostKind.DSA, Money.ZERO);
        BigDecimal hotel = items.getOrDefault(CostKind.HOTEL, Money.ZERO);
        Applications.Created created = applications.apply(new Applications.Request(body.meetingId(),
                body.registrationId(), body.travelFrom(), items.getOrDefault(CostKind.TRAVEL, Money.ZERO),
                Applications.units(dsa, call.dsaRate()), dsa, Applications.units(hotel, call.hotelRate()), hotel,
                body.motivation(), !Boolean.FALSE.equals(body.conditionsAccepted())));
        return ResponseEntity.created(URI.create("/sponsorship/applications/" + created.id()))
            .body(new CreatedApplicationJson(created.id(), created.eligibility().eligible(),
                    texts(created.eligibility().reasons(), locale),
                    created.eligibility().eligible() ? created.priority().points() : 0,
                    created.eligibility().eligible() ? texts(created.priority().reasons(), locale) : List.of()));
    }

    @Operation(summary = "Offer items to an application, committing their money; 201 with the offer's id, "
            + "or 409 with the shortfall in CHF when the available money does not cover it")
    @PostMapping("/api/sponsorship/applications/{id}/offer")
    ResponseEntity<Map<String, Long>> offer(@PathVariable long id, @RequestBody OfferJson body) {
        long offerId = offers.offer(id, items(body.items()), body.expires());
        return ResponseEntity.created(URI.create("/sponsorship/applications/" + id)).body(Map.of("id", offerId));
    }

    @Operation(summary = "Accept one item of an offer (TRAVEL, DSA or HOTEL); 409 when it is not open")
    @PostMapping("/api/sponsorship/offers/{id}/items/{kind}/accept")
    ItemAnswerJson accept(@PathVariable long id, @PathVariable String kind) {
        CostKind item = kind(id, kind);
        offers.accept(id, item);
        return new ItemAnswerJson(id, item, ItemStatus.ACCEPTED);
    }

    @Operation(summary = "Decline one item of an offer, with a reason; its money goes back to available; "
            + "409 when it is not open")
    @PostMapping("/api/sponsorship/offers/{id}/items/{kind}/decline")
    ItemAnswerJson decline(@PathVariable long id, @PathVariable String kind, @RequestBody DeclineJson body) {
        CostKind item = kind(id, kind);
        offers.decline(id, item, body.reason());
        return new ItemAnswerJson(id, item, ItemStatus.DECLINED);
    }

    /**
     * Refused for lack of money: 409 with the shortfall (and what is available) in CHF.
     */
    @ExceptionHandler(InsufficientFunds.class)
    ResponseEntity<ProblemDetail> insufficient(InsufficientFunds e, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                messages.getMessage(e.messageKey(), e.arguments(), locale));
        problem.setTitle(messages.getMessage("sponsorship.shortfallTitle", null, locale));
        problem.setProperty("shortfall", e.shortfall());
        problem.setProperty("available", e.available());
        problem.setProperty("currency", "CHF");
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    static Map<CostKind, BigDecimal> items(List<ItemJson> items) {
        if (items == null || items.isEmpty()) {
            throw new RuleViolation("items", "sponsorship.nothingAsked");
        }
        Map<CostKind, BigDecimal> map = new EnumMap<>(CostKind.class);
        for (ItemJson item : items) {
            if (item == null || item.kind() == null) {
                throw new RuleViolation("items", "sponsorship.itemKindRequired");
            }
            if (map.put(item.kind(), Money.entered("items", item.amount(), false)) != null) {
                throw new RuleViolation("items", "sponsorship.itemTwice", item.kind().name());
            }
        }
        return map;
    }

    private static CostKind kind(long offerId, String kind) {
        try {
            return CostKind.valueOf(kind.toUpperCase(Locale.ROOT));
        }
        catch (IllegalArgumentException e) {
            throw new NotFoundException("sponsorship.itemNotFound", offerId, kind);
        }
    }

    private List<String> texts(List<Reason> reasons, Locale locale) {
        return reasons.stream().map(r -> messages.getMessage(r.key(), r.arguments(), locale)).toList();
    }

}

package org.ccmdesk.sponsorship;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.ccmdesk.system.NotFoundException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The actions on an application's page: a review, the outcome, an offer (refused with the
 * shortfall when the money is not there), an extension, a payment, and the answer to each
 * item of an offer.
 */
@Controller
class OfferController {

    private final Reviews reviews;

    private final Applications applications;

    private final Offers offers;

    private final OfferLapses lapses;

    private final Notices notices;

    OfferController(Reviews reviews, Applications applications, Offers offers, OfferLapses lapses, Notices notices) {
        this.reviews = reviews;
        this.applications = applications;
        this.offers = offers;
        this.lapses = lapses;
        this.notices = notices;
    }

    @PostMapping("/sponsorship/applications/{id}/review")
    String review(@PathVariable long id, @RequestParam Map<String, String> form, Locale locale,
            RedirectAttributes redirect) {
        applications.find(id);
        Map<Long, Integer> answers = new HashMap<>();
        form.forEach((name, value) -> {
            if (name.matches("q[0-9]{1,12}") && value.matches("[0-9]{1,2}")) {
                answers.put(Long.valueOf(name.substring(1)), Integer.valueOf(value));
            }
        });
        notices.run(redirect, locale, "sponsorship.reviewed", () -> reviews.review(id, answers, form.get("comment")));
        return back(id);
    }

    @PostMapping("/sponsorship/applications/{id}/outcome")
    String outcome(@PathVariable long id, @RequestParam(required = false) Outcome outcome,
            @RequestParam(required = false) String note, Locale locale, RedirectAttributes redirect) {
        applications.find(id);
        notices.run(redirect, locale, "sponsorship.outcomeSet", () -> applications.setOutcome(id, outcome, note));
        return back(id);
    }

    @PostMapping("/sponsorship/applications/{id}/offer")
    String offer(@PathVariable long id, @RequestParam(required = false) BigDecimal travel,
            @RequestParam(required = false) BigDecimal dsa, @RequestParam(required = false) BigDecimal hotel,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expires,
            Locale locale, RedirectAttributes redirect) {
        applications.find(id);
        notices.run(redirect, locale, "sponsorship.offered",
                () -> offers.offer(id, ApplicationController.items(travel, dsa, hotel), expires));
        return back(id);
    }

    @PostMapping("/sponsorship/offers/{id}/extend")
    String extend(@PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expires,
            Locale locale, RedirectAttributes redirect) {
        Offer offer = offers.find(id);
        notices.run(redirect, locale, "sponsorship.extended", () -> lapses.extend(id, expires));
        return back(offer.applicationId());
    }

    @PostMapping("/sponsorship/offers/{id}/items/{kind}/pay")
    String pay(@PathVariable long id, @PathVariable String kind, @RequestParam(required = false) BigDecimal paid,
            Locale locale, RedirectAttributes redirect) {
        Offer offer = offers.find(id);
        CostKind item = kind(id, kind);
        notices.run(redirect, locale, "sponsorship.paidRecorded", () -> offers.pay(id, item, paid));
        return back(offer.applicationId());
    }

    @PostMapping("/sponsorship/offers/{id}/items/{kind}/accept")
    String accept(@PathVariable long id, @PathVariable String kind, Locale locale, RedirectAttributes redirect) {
        Offer offer = offers.find(id);
        CostKind item = kind(id, kind);
        notices.run(redirect, locale, "sponsorship.accepted", () -> offers.accept(id, item));
        return back(offer.applicationId());
    }

    @PostMapping("/sponsorship/offers/{id}/items/{kind}/decline")
    String decline(@PathVariable long id, @PathVariable String kind, @RequestParam(required = false) String reason,
            Locale locale, RedirectAttributes redirect) {
        Offer offer = offers.find(id);
        CostKind item = kind(id, kind);
        notices.run(redirect, locale, "sponsorship.declined", () -> offers.decline(id, item, reason));
        return back(offer.applicationId());
    }

    static CostKind kind(long offerId, String kind) {
        try {
            return CostKind.valueOf(kind.toUpperCase(Locale.ROOT));
        }
        catch (IllegalArgumentException e) {
            throw new NotFoundException("sponsorship.itemNotFound", offerId, kind);
        }
    }

    private static String back(long applicationId) {
        return "redirect:/sponsorship/applications/" + applicationId;
    }

}

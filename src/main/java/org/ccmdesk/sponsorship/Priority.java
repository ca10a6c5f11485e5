package org.ccmdesk.sponsorship;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * How much an eligible application is favoured, with the reasons, one point each: an
 * Article 3 or 4 deadline within two years of the meeting's first day (or an extension
 * request before the meeting), affected, low income, and not sponsored at the last two
 * meetings. The ranked list orders by points, then by review score.
 */
record Priority(int points, List<Reason> reasons) {

    static final int DEADLINE_YEARS = 2;

    Priority {
        reasons = List.copyOf(reasons);
    }

    static Priority of(StateFacts facts) {
        List<Reason> reasons = new ArrayList<>();
        LocalDate until = facts.on().plusYears(DEADLINE_YEARS);
        facts.deadlines()
            .stream()
            .filter(d -> !d.due().isBefore(facts.on()) && !d.due().isAfter(until))
            .findFirst()
            .ifPresentOrElse(d -> reasons.add(Reason.of("sponsorship.reason.deadline", d.rule(), d.due().toString())),
                    () -> {
                        if (facts.extensionRequest()) {
                            reasons.add(Reason.of("sponsorship.reason.extension"));
                        }
                    });
        if (facts.affected()) {
            reasons.add(Reason.of("sponsorship.reason.affected", String.join(", ", facts.affectedBy())));
        }
        if (StateFacts.LOW_INCOME.equals(facts.incomeGroup())) {
            reasons.add(Reason.of("sponsorship.reason.income", facts.incomeGroup(), facts.fiscalYear()));
        }
        if (!facts.sponsoredRecently()) {
            reasons.add(Reason.of("sponsorship.reason.notSponsoredRecently"));
        }
        return new Priority(reasons.size(), reasons);
    }

}

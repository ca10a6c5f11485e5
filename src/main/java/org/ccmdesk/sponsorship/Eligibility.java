package org.ccmdesk.sponsorship;

import java.util.ArrayList;
import java.util.List;

/**
 * Whether a state's delegates may be sponsored, with the reasons: a World Bank income
 * group "Low income" (and "Lower middle income" when the programme's setting says so),
 * affected (a contamination, stockpile or victims fact recorded as yes), or a state not
 * party that the programme invites for universalisation. An ineligible application has
 * the reasons why not.
 */
record Eligibility(boolean eligible, List<Reason> reasons) {

    Eligibility {
        reasons = List.copyOf(reasons);
    }

    static Eligibility of(StateFacts facts, boolean lowerMiddleIncome) {
        List<Reason> yes = new ArrayList<>();
        String income = facts.incomeGroup();
        if (StateFacts.LOW_INCOME.equals(income)
                || (lowerMiddleIncome && StateFacts.LOWER_MIDDLE_INCOME.equals(income))) {
            yes.add(Reason.of("sponsorship.reason.income", income, facts.fiscalYear()));
        }
        if (facts.affected()) {
            yes.add(Reason.of("sponsorship.reason.affected", String.join(", ", facts.affectedBy())));
        }
        if (!facts.party() && facts.invitedForUniversalisation()) {
            yes.add(Reason.of("sponsorship.reason.universalisation"));
        }
        if (!yes.isEmpty()) {
            return new Eligibility(true, yes);
        }
        List<Reason> no = new ArrayList<>();
        no.add(income == null ? Reason.of("sponsorship.reason.noIncome")
                : Reason.of("sponsorship.reason.incomeNotEligible", income, facts.fiscalYear()));
        no.add(Reason.of("sponsorship.reason.notAffected"));
        no.add(Reason.of(facts.party() ? "sponsorship.reason.party" : "sponsorship.reason.notInvited"));
        return new Eligibility(false, no);
    }

}

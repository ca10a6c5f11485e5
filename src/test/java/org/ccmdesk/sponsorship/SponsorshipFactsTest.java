package org.ccmdesk.sponsorship;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

import org.ccmdesk.states.FlagValue;
import org.ccmdesk.states.StateFlags;
import org.ccmdesk.states.StateStatus;
import org.ccmdesk.states.TreatyStatusService;
import org.ccmdesk.support.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Eligibility and priority of real states, from the shipped reference data (income
 * groups, the Monitor's contamination and stockpile facts, treaty dates) and the
 * deadlines the obligations module computes from entry into force. Nothing about a state
 * is typed here: what the test expects of a state is read from the same data first.
 */
@DatabaseTest
class SponsorshipFactsTest {

    /** The opening day of the 2014 Intersessional Meeting (shipped with the meetings). */
    private static final LocalDate APRIL_2014 = LocalDate.of(2014, 4, 7);

    @Autowired
    StateFactsReader reader;

    @Autowired
    TreatyStatusService states;

    @Autowired
    StateFlags flags;

    private String incomeFy14(String iso3) {
        return states.incomeGroupsOfAll()
            .get(iso3)
            .stream()
            .filter(i -> i.fiscalYear().equals("FY14"))
            .findFirst()
            .orElseThrow()
            .incomeGroup();
    }

    private boolean anyFlagYes(String iso3) {
        return flags.of(iso3).values().stream().anyMatch(f -> f.value() == FlagValue.YES);
    }

    @Test
    void mozambiqueALowIncomeAffectedStatePartyIsEligibleWithBothReasons() {
        assertThat(incomeFy14("MOZ")).isEqualTo(StateFacts.LOW_INCOME);
        assertThat(anyFlagYes("MOZ")).isTrue();
        StateFacts facts = reader.of("MOZ", APRIL_2014, Set.of());
        Eligibility eligibility = Eligibility.of(facts, false);
        assertThat(facts.party()).isTrue();
        assertThat(eligibility.eligible()).isTrue();
        assertThat(eligibility.reasons()).extracting(Reason::key)
            .containsExactly("sponsorship.reason.income", "sponsorship.reason.affected");
        assertThat(eligibility.reasons().get(0).values()).containsExactly("Low income", "FY14");
        assertThat(Priority.of(facts).reasons()).extracting(Reason::key)
            .contains("sponsorship.reason.affected", "sponsorship.reason.income",
                    "sponsorship.reason.notSponsoredRecently");
    }

    @Test
    void laoALowerMiddleIncomeStateIsEligibleAsAffected() {
        assertThat(incomeFy14("LAO")).isEqualTo(StateFacts.LOWER_MIDDLE_INCOME);
        StateFacts facts = reader.of("LAO", APRIL_2014, Set.of());
        Eligibility eligibility = Eligibility.of(facts, false);
        assertThat(eligibility.eligible()).isTrue();
        assertThat(eligibility.reasons()).extracting(Reason::key).containsExactly("sponsorship.reason.affected");
        assertThat(facts.affectedBy()).contains("CONTAMINATED_AT_EIF");
        // with the programme's setting, the income group is a reason too
        assertThat(Eligibility.of(facts, true).reasons()).extracting(Reason::key)
            .containsExactly("sponsorship.reason.income", "sponsorship.reason.affected");
    }

    @Test
    void iraqAnAffectedUpperMiddleIncomeStateIsEligibleAsAffectedOnly() {
        assertThat(incomeFy14("IRQ")).isEqualTo("Upper middle income");
        StateFacts facts = reader.of("IRQ", APRIL_2014, Set.of());
        assertThat(Eligibility.of(facts, true).reasons()).extracting(Reason::key)
            .containsExactly("sponsorship.reason.affected");
        assertThat(Priority.of(facts).reasons()).extracting(Reason::key).doesNotContain("sponsorship.reason.income");
    }

    @Test
    void irelandAHighIncomeStateWithNoAffectedFactIsNotEligible() {
        assertThat(incomeFy14("IRL")).isEqualTo("High income");
        assertThat(anyFlagYes("IRL")).isFalse();
        Eligibility eligibility = Eligibility.of(reader.of("IRL", APRIL_2014, Set.of()), true);
        assertThat(eligibility.eligible()).isFalse();
        assertThat(eligibility.reasons()).extracting(Reason::key)
            .containsExactly("sponsorship.reason.incomeNotEligible", "sponsorship.reason.notAffected",
                    "sponsorship.reason.party");
    }

    @Test
    void aMeetingIn2018GivesPriorityToAnArticle4DeadlineWithinTwoYearsFromEntryIntoForce() {
        LocalDate meeting = LocalDate.of(2018, 9, 3);
        StateStatus lao = states.statusOfAll(meeting, Locale.ENGLISH)
            .stream()
            .filter(s -> s.iso3().equals("LAO"))
            .findFirst()
            .orElseThrow();
        // Article 4(1)(a): ten years after entry into force for the state
        LocalDate clearance = lao.entryIntoForce().plusYears(10);
        assertThat(clearance).isBetween(meeting, meeting.plusYears(2));
        StateFacts facts = reader.of("LAO", meeting, Set.of());
        assertThat(facts.deadlines()).contains(new StateFacts.Deadline("ART4_CLEARANCE", clearance));
        Priority priority = Priority.of(facts);
        assertThat(priority.reasons().get(0))
            .isEqualTo(Reason.of("sponsorship.reason.deadline", "ART4_CLEARANCE", clearance.toString()));
        // the same state in April 2014 has no deadline within two years
        assertThat(Priority.of(reader.of("LAO", APRIL_2014, Set.of())).reasons()).extracting(Reason::key)
            .doesNotContain("sponsorship.reason.deadline");
    }

    @Test
    void aMeetingIn2018UsesTheLatestKnownIncomeGroup() {
        StateFacts facts = reader.of("MOZ", LocalDate.of(2018, 9, 3), Set.of());
        assertThat(facts.fiscalYear()).isEqualTo("FY15");
    }

}

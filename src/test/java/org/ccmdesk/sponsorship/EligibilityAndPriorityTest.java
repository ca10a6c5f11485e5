package org.ccmdesk.sponsorship;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.ccmdesk.states.StateIncome;
import org.ccmdesk.states.TreatyStatus;
import org.junit.jupiter.api.Test;

/**
 * The rules of eligibility and priority on facts built here (the real states are in
 * {@link SponsorshipFactsTest}, on the shipped reference data).
 */
class EligibilityAndPriorityTest {

    private static final LocalDate MEETING = LocalDate.of(2014, 4, 7);

    private static StateFacts facts(String income, List<String> affectedBy, TreatyStatus status, boolean invited,
            List<StateFacts.Deadline> deadlines, boolean extension, boolean sponsoredRecently) {
        return new StateFacts("XXX", MEETING, income, income == null ? null : "FY14", affectedBy, status, invited,
                deadlines, extension, sponsoredRecently);
    }

    @Test
    void lowIncomeIsEligibleAndLowerMiddleIncomeOnlyWhenTheSettingSaysSo() {
        StateFacts low = facts("Low income", List.of(), TreatyStatus.IN_FORCE, false, List.of(), false, false);
        StateFacts lowerMiddle = facts("Lower middle income", List.of(), TreatyStatus.IN_FORCE, false, List.of(), false,
                false);
        assertThat(Eligibility.of(low, false).eligible()).isTrue();
        assertThat(Eligibility.of(low, false).reasons()).extracting(Reason::key)
            .containsExactly("sponsorship.reason.income");
        assertThat(Eligibility.of(lowerMiddle, false).eligible()).isFalse();
        assertThat(Eligibility.of(lowerMiddle, true).eligible()).isTrue();
    }

    @Test
    void anIneligibleApplicationSaysWhyNot() {
        Eligibility none = Eligibility
            .of(facts("High income", List.of(), TreatyStatus.IN_FORCE, false, List.of(), false, false), true);
        assertThat(none.eligible()).isFalse();
        assertThat(none.reasons()).extracting(Reason::key)
            .containsExactly("sponsorship.reason.incomeNotEligible", "sponsorship.reason.notAffected",
                    "sponsorship.reason.party");
        assertThat(none.reasons().get(0).values()).containsExactly("High income", "FY14");
    }

    @Test
    void aStateNotPartyIsEligibleOnlyWhenInvitedForUniversalisation() {
        StateFacts invited = facts("Upper middle income", List.of(), TreatyStatus.NOT_SIGNATORY, true, List.of(), false,
                false);
        StateFacts notInvited = facts("Upper middle income", List.of(), TreatyStatus.SIGNATORY, false, List.of(), false,
                false);
        StateFacts partyListed = facts("Upper middle income", List.of(), TreatyStatus.IN_FORCE, true, List.of(), false,
                false);
        assertThat(Eligibility.of(invited, false).reasons()).extracting(Reason::key)
            .containsExactly("sponsorship.reason.universalisation");
        assertThat(Eligibility.of(notInvited, false).eligible()).isFalse();
        assertThat(Eligibility.of(notInvited, false).reasons()).extracting(Reason::key)
            .contains("sponsorship.reason.notInvited");
        assertThat(Eligibility.of(partyListed, false).eligible()).isFalse();
    }

    @Test
    void aDeadlineCountsWithinTwoYearsOfTheMeetingOnly() {
        StateFacts inside = facts("Upper middle income", List.of(), TreatyStatus.IN_FORCE, false,
                List.of(new StateFacts.Deadline("ART4_CLEARANCE", MEETING.plusYears(2))), false, true);
        StateFacts after = facts("Upper middle income", List.of(), TreatyStatus.IN_FORCE, false,
                List.of(new StateFacts.Deadline("ART4_CLEARANCE", MEETING.plusYears(2).plusDays(1))), false, true);
        StateFacts before = facts("Upper middle income", List.of(), TreatyStatus.IN_FORCE, false,
                List.of(new StateFacts.Deadline("ART3_STOCKPILE_DESTRUCTION", MEETING.minusDays(1))), false, true);
        assertThat(Priority.of(inside).reasons()).extracting(Reason::key)
            .containsExactly("sponsorship.reason.deadline");
        assertThat(Priority.of(inside).reasons().get(0).values()).containsExactly("ART4_CLEARANCE", "2016-04-07");
        assertThat(Priority.of(after).points()).isZero();
        assertThat(Priority.of(before).points()).isZero();
    }

    @Test
    void priorityAddsAPointForEachReason() {
        StateFacts all = facts("Low income", List.of("CONTAMINATED_AT_EIF"), TreatyStatus.IN_FORCE, false, List.of(),
                true, false);
        Priority priority = Priority.of(all);
        assertThat(priority.reasons()).extracting(Reason::key)
            .containsExactly("sponsorship.reason.extension", "sponsorship.reason.affected", "sponsorship.reason.income",
                    "sponsorship.reason.notSponsoredRecently");
        assertThat(priority.points()).isEqualTo(4);
        StateFacts sponsoredBefore = facts("Lower middle income", List.of(), TreatyStatus.IN_FORCE, false, List.of(),
                false, true);
        assertThat(Priority.of(sponsoredBefore).points()).isZero();
    }

    @Test
    void theIncomeGroupIsTheOneOfTheFiscalYearCoveringTheDayOrTheLatestBefore() {
        List<StateIncome> incomes = List.of(new StateIncome("FY14", "Low income", "s"),
                new StateIncome("FY15", "Lower middle income", "s"));
        assertThat(StateFactsReader.incomeOn(incomes, LocalDate.of(2014, 4, 7)).fiscalYear()).isEqualTo("FY14");
        assertThat(StateFactsReader.incomeOn(incomes, LocalDate.of(2014, 7, 1)).fiscalYear()).isEqualTo("FY15");
        assertThat(StateFactsReader.incomeOn(incomes, LocalDate.of(2018, 9, 3)).fiscalYear()).isEqualTo("FY15");
        assertThat(StateFactsReader.incomeOn(incomes, LocalDate.of(2012, 9, 11))).isNull();
    }

    @Test
    void reasonsAreKeptAndReadBack() {
        List<Reason> reasons = List.of(Reason.of("sponsorship.reason.income", "Low income", "FY14"),
                Reason.of("sponsorship.reason.notSponsoredRecently"));
        assertThat(Reason.read(Reason.write(reasons))).isEqualTo(reasons);
        assertThat(Reason.read("")).isEmpty();
    }

    @Test
    void aReviewScoreIsTheWeightedMeanOfItsAnswers() {
        List<Review.Question> questions = List.of(new Review.Question(1, 2014, 1, "need", new BigDecimal("2")),
                new Review.Question(2, 2014, 2, "relevance", new BigDecimal("1")));
        assertThat(Review.weightedScore(questions, Map.of(1L, 5, 2L, 2))).isEqualByComparingTo("4.000");
        assertThat(Review.weightedScore(questions, Map.of(1L, 1, 2L, 0))).isEqualByComparingTo("0.667");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Review.weightedScore(questions, Map.of(1L, 6, 2L, 0)))
            .isInstanceOf(org.ccmdesk.system.RuleViolation.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Review.weightedScore(questions, Map.of(1L, 3)))
            .isInstanceOf(org.ccmdesk.system.RuleViolation.class);
    }

}

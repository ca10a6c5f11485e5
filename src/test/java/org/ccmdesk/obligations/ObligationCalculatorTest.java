package org.ccmdesk.obligations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ccmdesk.states.FlagRecord;
import org.ccmdesk.states.FlagValue;
import org.ccmdesk.states.StateFlag;
import org.junit.jupiter.api.Test;

class ObligationCalculatorTest {

    private static ObligationRule rule(String id, AppliesTo appliesTo, DeadlineKind kind, Integer amount,
            Integer extension) {
        return new ObligationRule(id, "test", Theme.TRANSPARENCY, Map.of("en", id), Map.of("en", id), appliesTo, kind,
                amount, kind == DeadlineKind.YEARLY_DATE ? 4 : null, kind == DeadlineKind.YEARLY_DATE ? 30 : null,
                extension, true, COMPLETE_FROM);
    }

    /**
     * The records of the rules of most tests are complete: deadlines passed are overdue.
     */
    private static final LocalDate COMPLETE_FROM = LocalDate.of(2000, 1, 1);

    private static final ObligationRule INITIAL = rule("ART7_INITIAL_REPORT", AppliesTo.ALL,
            DeadlineKind.DAYS_AFTER_EIF, 180, null);

    private static final ObligationRule ANNUAL = rule("ART7_ANNUAL_REPORT", AppliesTo.ALL, DeadlineKind.YEARLY_DATE,
            null, null);

    private static final ObligationRule STOCKPILE = rule("ART3_STOCKPILE_DESTRUCTION", AppliesTo.HELD_STOCKPILES,
            DeadlineKind.YEARS_AFTER_EIF, 8, 4);

    private static final ObligationRule FOCAL = rule("VAP_VA_FOCAL_POINT", AppliesTo.HAS_VICTIMS,
            DeadlineKind.MONTHS_AFTER_EIF, 6, null);

    private static final ObligationRule MEASURES = rule("ART9_NATIONAL_MEASURES", AppliesTo.ALL, DeadlineKind.NONE,
            null, null);

    private static final ObligationRule COOPERATION = rule("VAP_COOPERATION_NEEDS", AppliesTo.AFFECTED,
            DeadlineKind.YEARS_AFTER_EIF, 1, null);

    private static Map<StateFlag, FlagRecord> flags(FlagValue stockpiles, FlagValue contaminated, FlagValue victims) {
        Map<StateFlag, FlagRecord> flags = new EnumMap<>(StateFlag.class);
        flags.put(StateFlag.HELD_STOCKPILES_AT_EIF,
                new FlagRecord(StateFlag.HELD_STOCKPILES_AT_EIF, stockpiles, "s", true, false, null, null));
        flags.put(StateFlag.CONTAMINATED_AT_EIF,
                new FlagRecord(StateFlag.CONTAMINATED_AT_EIF, contaminated, "s", true, false, null, null));
        flags.put(StateFlag.HAS_VICTIMS, new FlagRecord(StateFlag.HAS_VICTIMS, victims, "s", true, false, null, null));
        return flags;
    }

    private static List<Obligation> compute(LocalDate eif, Map<StateFlag, FlagRecord> flags, List<ObligationRule> rules,
            Map<String, Fulfilment> done, List<ExtensionRequest> extensions, LocalDate asOf) {
        return ObligationCalculator.compute(new ObligationCalculator.StateContext("FRA", eif, false, flags), rules,
                done, extensions, asOf, Locale.ENGLISH);
    }

    private static Obligation find(List<Obligation> obligations, String instance) {
        return obligations.stream().filter(o -> o.instance().equals(instance)).findFirst().orElseThrow();
    }

    private static Fulfilment metOn(String instance, LocalDate date) {
        return new Fulfilment(1, "FRA", instance.split(":")[0], instance, date, null, "src", null, null, null, null,
                null, null, true, "fp", OffsetDateTime.parse("2014-01-01T00:00:00Z"), null, null);
    }

    @Test
    void theFirstThirtyStatesHaveTheirInitialReportDueOn28January2011AndTheFirstAnnualOn30April2011() {
        List<Obligation> list = compute(LocalDate.of(2010, 8, 1), flags(FlagValue.NO, FlagValue.NO, FlagValue.NO),
                List.of(INITIAL, ANNUAL), Map.of(), List.of(), LocalDate.of(2011, 1, 1));
        assertThat(find(list, "ART7_INITIAL_REPORT").dueDate()).isEqualTo(LocalDate.of(2011, 1, 28));
        assertThat(find(list, "ART7_ANNUAL_REPORT:2011").dueDate()).isEqualTo(LocalDate.of(2011, 4, 30));
        assertThat(list).extracting(Obligation::instance).doesNotContain("ART7_ANNUAL_REPORT:2010");
    }

    @Test
    void daysMonthsAndYearsCountCalendarDaysOverLeapYears() {
        assertThat(INITIAL.instances(LocalDate.of(2012, 2, 1), LocalDate.of(2012, 2, 1)).get(0).dueDate())
            .isEqualTo(LocalDate.of(2012, 7, 30));
        assertThat(INITIAL.instances(LocalDate.of(2011, 2, 1), LocalDate.of(2011, 2, 1)).get(0).dueDate())
            .isEqualTo(LocalDate.of(2011, 7, 31));
        assertThat(FOCAL.instances(LocalDate.of(2015, 8, 1), LocalDate.of(2015, 8, 1)).get(0).dueDate())
            .isEqualTo(LocalDate.of(2016, 2, 1));
        assertThat(STOCKPILE.instances(LocalDate.of(2010, 8, 1), LocalDate.of(2010, 8, 1)).get(0).dueDate())
            .isEqualTo(LocalDate.of(2018, 8, 1));
        assertThat(rule("X", AppliesTo.ALL, DeadlineKind.MONTHS_AFTER_EIF, 1, null)
            .instances(LocalDate.of(2012, 1, 31), LocalDate.of(2012, 1, 31))
            .get(0)
            .dueDate()).isEqualTo(LocalDate.of(2012, 2, 29));
    }

    @Test
    void yearlyInstancesRunToOneDeadlineBeyondTheDate() {
        assertThat(ANNUAL.instances(LocalDate.of(2010, 8, 1), LocalDate.of(2014, 4, 7)))
            .extracting(ObligationRule.Instance::instance)
            .containsExactly("ART7_ANNUAL_REPORT:2011", "ART7_ANNUAL_REPORT:2012", "ART7_ANNUAL_REPORT:2013",
                    "ART7_ANNUAL_REPORT:2014");
        assertThat(ANNUAL.instances(LocalDate.of(2010, 8, 1), LocalDate.of(2014, 5, 1))).hasSize(5);
    }

    @Test
    void statusAsOfADate() {
        LocalDate due = LocalDate.of(2011, 1, 28);
        assertThat(ObligationCalculator.status(due, null, LocalDate.of(2010, 10, 29)))
            .isEqualTo(ObligationStatus.NOT_YET_DUE);
        assertThat(ObligationCalculator.status(due, null, LocalDate.of(2010, 10, 30)))
            .isEqualTo(ObligationStatus.DUE_SOON);
        assertThat(ObligationCalculator.status(due, null, due)).isEqualTo(ObligationStatus.DUE_SOON);
        assertThat(ObligationCalculator.status(due, null, due.plusDays(1))).isEqualTo(ObligationStatus.OVERDUE);
        assertThat(ObligationCalculator.status(due, due, due.plusDays(1))).isEqualTo(ObligationStatus.MET);
        assertThat(ObligationCalculator.status(due, due.plusDays(1), due.plusDays(1)))
            .isEqualTo(ObligationStatus.MET_LATE);
        assertThat(ObligationCalculator.status(null, null, due)).isEqualTo(ObligationStatus.OPEN);
        assertThat(ObligationCalculator.status(null, due, due)).isEqualTo(ObligationStatus.MET);
    }

    @Test
    void aFulfilmentCountsOnlyFromItsDate() {
        Map<String, Fulfilment> done = Map.of("ART7_INITIAL_REPORT",
                metOn("ART7_INITIAL_REPORT", LocalDate.of(2011, 3, 1)));
        var flags = flags(FlagValue.NO, FlagValue.NO, FlagValue.NO);
        Obligation before = find(
                compute(LocalDate.of(2010, 8, 1), flags, List.of(INITIAL), done, List.of(), LocalDate.of(2011, 2, 1)),
                "ART7_INITIAL_REPORT");
        assertThat(before.status()).isEqualTo(ObligationStatus.OVERDUE);
        assertThat(before.metOn()).isNull();
        Obligation after = find(
                compute(LocalDate.of(2010, 8, 1), flags, List.of(INITIAL), done, List.of(), LocalDate.of(2014, 4, 7)),
                "ART7_INITIAL_REPORT");
        assertThat(after.status()).isEqualTo(ObligationStatus.MET_LATE);
        assertThat(after.reportedByState()).isTrue();
        assertThat(after.verified()).isFalse();
    }

    @Test
    void applicabilityFollowsTheFlagsAndUnknownIsShownUnconfirmed() {
        LocalDate eif = LocalDate.of(2010, 8, 1);
        LocalDate asOf = LocalDate.of(2014, 4, 7);
        List<ObligationRule> rules = List.of(STOCKPILE, FOCAL, COOPERATION, MEASURES);
        List<Obligation> none = compute(eif, flags(FlagValue.NO, FlagValue.NO, FlagValue.NO), rules, Map.of(),
                List.of(), asOf);
        assertThat(find(none, "ART3_STOCKPILE_DESTRUCTION").status()).isEqualTo(ObligationStatus.NOT_APPLICABLE);
        assertThat(find(none, "VAP_COOPERATION_NEEDS").applicability()).isEqualTo(Applicability.DOES_NOT_APPLY);
        assertThat(find(none, "ART9_NATIONAL_MEASURES").status()).isEqualTo(ObligationStatus.OPEN);
        List<Obligation> unknown = compute(eif, Map.of(), rules, Map.of(), List.of(), asOf);
        Obligation focal = find(unknown, "VAP_VA_FOCAL_POINT");
        assertThat(focal.applicability()).isEqualTo(Applicability.UNKNOWN);
        assertThat(focal.unconfirmed()).isTrue();
        assertThat(focal.dueDate()).isEqualTo(LocalDate.of(2011, 2, 1));
        // a deadline missed only if the rule applies: unknown stays unknown
        assertThat(focal.status()).isEqualTo(ObligationStatus.UNKNOWN);
        List<Obligation> affected = compute(eif, flags(FlagValue.YES, FlagValue.NO, FlagValue.UNKNOWN), rules, Map.of(),
                List.of(), asOf);
        assertThat(find(affected, "VAP_COOPERATION_NEEDS").applicability()).isEqualTo(Applicability.APPLIES);
    }

    @Test
    void anUnmetDeadlineBeforeTheRecordsAreCompleteIsNoRecordNotOverdue() {
        LocalDate eif = LocalDate.of(2010, 8, 1);
        LocalDate asOf = LocalDate.of(2014, 4, 7);
        var flags = flags(FlagValue.NO, FlagValue.NO, FlagValue.NO);
        // initial report due 28 January 2011
        ObligationRule notConfigured = withCompleteFrom(INITIAL, null);
        assertThat(find(compute(eif, flags, List.of(notConfigured), Map.of(), List.of(), asOf), "ART7_INITIAL_REPORT")
            .status()).isEqualTo(ObligationStatus.NO_RECORD);
        ObligationRule completeAfter = withCompleteFrom(INITIAL, LocalDate.of(2011, 1, 29));
        assertThat(find(compute(eif, flags, List.of(completeAfter), Map.of(), List.of(), asOf), "ART7_INITIAL_REPORT")
            .status()).isEqualTo(ObligationStatus.NO_RECORD);
        ObligationRule completeOnTheDay = withCompleteFrom(INITIAL, LocalDate.of(2011, 1, 28));
        assertThat(
                find(compute(eif, flags, List.of(completeOnTheDay), Map.of(), List.of(), asOf), "ART7_INITIAL_REPORT")
                    .status())
            .isEqualTo(ObligationStatus.OVERDUE);
        // what is met, due soon or not yet due does not depend on the records' date
        Map<String, Fulfilment> done = Map.of("ART7_INITIAL_REPORT",
                metOn("ART7_INITIAL_REPORT", LocalDate.of(2011, 1, 1)));
        assertThat(find(compute(eif, flags, List.of(notConfigured), done, List.of(), asOf), "ART7_INITIAL_REPORT")
            .status()).isEqualTo(ObligationStatus.MET);
        assertThat(find(compute(eif, flags, List.of(notConfigured), Map.of(), List.of(), LocalDate.of(2011, 1, 1)),
                "ART7_INITIAL_REPORT")
            .status()).isEqualTo(ObligationStatus.DUE_SOON);
    }

    private static ObligationRule withCompleteFrom(ObligationRule r, LocalDate from) {
        return new ObligationRule(r.id(), r.source(), r.theme(), r.titles(), r.descriptions(), r.appliesTo(),
                r.deadlineKind(), r.amount(), r.yearlyMonth(), r.yearlyDay(), r.extensionYears(), r.shipped(), from);
    }

    @Test
    void aGrantedExtensionMovesTheDeadlineFromTheDayItIsDecided() {
        ExtensionRequest extension = new ExtensionRequest(1, "FRA", "ART3_STOCKPILE_DESTRUCTION",
                LocalDate.of(2017, 11, 1), LocalDate.of(2022, 8, 1), "8MSP", ExtensionDecision.GRANTED_SHORTER,
                LocalDate.of(2018, 9, 5), LocalDate.of(2021, 8, 1), "src", false, "isu", null, null, null);
        var flags = flags(FlagValue.YES, FlagValue.NO, FlagValue.NO);
        Obligation before = find(compute(LocalDate.of(2010, 8, 1), flags, List.of(STOCKPILE), Map.of(),
                List.of(extension), LocalDate.of(2018, 9, 4)), "ART3_STOCKPILE_DESTRUCTION");
        assertThat(before.dueDate()).isEqualTo(LocalDate.of(2018, 8, 1));
        assertThat(before.status()).isEqualTo(ObligationStatus.OVERDUE);
        Obligation after = find(compute(LocalDate.of(2010, 8, 1), flags, List.of(STOCKPILE), Map.of(),
                List.of(extension), LocalDate.of(2018, 9, 5)), "ART3_STOCKPILE_DESTRUCTION");
        assertThat(after.dueDate()).isEqualTo(LocalDate.of(2021, 8, 1));
        assertThat(after.originalDueDate()).isEqualTo(LocalDate.of(2018, 8, 1));
        assertThat(after.status()).isEqualTo(ObligationStatus.NOT_YET_DUE);
    }

    @Test
    void aStateThatHasNotJoinedOrHasWithdrawnHasNoObligations() {
        assertThat(ObligationCalculator.compute(new ObligationCalculator.StateContext("IDN", null, false, Map.of()),
                List.of(INITIAL), Map.of(), List.of(), LocalDate.of(2014, 4, 7), Locale.ENGLISH))
            .isEmpty();
        assertThat(ObligationCalculator.compute(
                new ObligationCalculator.StateContext("LTU", LocalDate.of(2011, 9, 1), true, Map.of()),
                List.of(INITIAL), Map.of(), List.of(), LocalDate.of(2025, 6, 22), Locale.ENGLISH))
            .isEmpty();
    }

}

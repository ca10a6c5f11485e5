package org.ccmdesk.dashboards;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import org.ccmdesk.states.StateStatus;
import org.ccmdesk.states.TreatyStatus;
import org.ccmdesk.states.TreatyStatusService;
import org.ccmdesk.support.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The home page's figures, computed the short way (only the yearly points, statuses from
 * the treaty records), are the ones the long way gave.
 */
@DatabaseTest
class HomeFiguresTest {

    @Autowired
    TreatyTimeline timeline;

    @Autowired
    TreatyStatusService treaty;

    @Test
    void theYearlyPointsAreTheMonthlySeriesOnTheFirstOfJanuaryAndOnTheLastDay() {
        for (LocalDate to : new LocalDate[] { LocalDate.of(2014, 4, 7), LocalDate.of(2026, 1, 1),
                LocalDate.of(2008, 12, 3), LocalDate.of(2150, 6, 1) }) {
            assertThat(timeline.yearly(to)).as("to " + to)
                .isEqualTo(timeline.monthly(to)
                    .stream()
                    .filter(s -> s.asOf().getDayOfYear() == 1 || s.asOf().equals(to))
                    .toList());
        }
        assertThat(timeline.yearly(LocalDate.of(2014, 4, 7))).last()
            .satisfies(last -> assertThat(last.statesParties()).isEqualTo(84));
    }

    @Test
    void theCountByStatusIsTheStatusOfEveryState() {
        for (LocalDate asOf : new LocalDate[] { LocalDate.of(2014, 4, 7), LocalDate.of(2025, 6, 22) }) {
            Map<TreatyStatus, Long> expected = new EnumMap<>(TreatyStatus.class);
            for (TreatyStatus status : TreatyStatus.values()) {
                expected.put(status,
                        treaty.statusOfAll(asOf, Locale.ENGLISH)
                            .stream()
                            .map(StateStatus::status)
                            .filter(status::equals)
                            .count());
            }
            assertThat(treaty.countByStatus(asOf)).as("as of " + asOf).isEqualTo(expected);
        }
        assertThat(treaty.countByStatus(LocalDate.of(2014, 4, 7))).containsEntry(TreatyStatus.SIGNATORY, 29L);
    }

}

package org.ccmdesk.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;

import org.ccmdesk.notifications.ReminderSchedule.Reminder;
import org.junit.jupiter.api.Test;

class ReminderScheduleTest {

    static final LocalDate APRIL_30 = LocalDate.of(2026, 4, 30);

    @Test
    void theArticle7AnnualReportIsRemindedSixtyAndFourteenDaysBefore30AprilThenOnceOverdue() {
        ReminderSchedule annual = ReminderSchedule.forRule("ART7_ANNUAL_REPORT");
        assertThat(annual).isEqualTo(ReminderSchedule.ANNUAL_REPORT);
        assertThat(annual.reminders(APRIL_30)).extracting(Reminder::on)
            .containsExactly(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 16), LocalDate.of(2026, 5, 1));
        assertThat(point(annual.due(APRIL_30, LocalDate.of(2026, 3, 1)))).isEqualTo("60-days");
        assertThat(point(annual.due(APRIL_30, LocalDate.of(2026, 4, 16)))).isEqualTo("14-days");
        assertThat(point(annual.due(APRIL_30, LocalDate.of(2026, 5, 1)))).isEqualTo("overdue");
    }

    @Test
    void theInitialReportIsRemindedThirtyDaysBefore() {
        ReminderSchedule initial = ReminderSchedule.forRule("ART7_INITIAL_REPORT");
        LocalDate deadline = LocalDate.of(2026, 1, 28);
        assertThat(initial.due(deadline, LocalDate.of(2025, 12, 28))).isEmpty();
        assertThat(point(initial.due(deadline, LocalDate.of(2025, 12, 29)))).isEqualTo("30-days");
        assertThat(initial.reminders(deadline)).hasSize(2);
    }

    @Test
    void anyOtherDatedObligationIsRemindedNinetyAndThirtyDaysBefore() {
        ReminderSchedule other = ReminderSchedule.forRule("ART3_STOCKPILE_DESTRUCTION");
        LocalDate deadline = LocalDate.of(2026, 8, 1);
        assertThat(point(other.due(deadline, deadline.minusDays(90)))).isEqualTo("90-days");
        assertThat(point(other.due(deadline, deadline.minusDays(30)))).isEqualTo("30-days");
        assertThat(other.due(deadline, deadline.minusDays(91))).isEmpty();
    }

    @Test
    void nothingIsDueBeforeTheFirstReminder() {
        assertThat(ReminderSchedule.ANNUAL_REPORT.due(APRIL_30, LocalDate.of(2026, 2, 28))).isEmpty();
        assertThat(ReminderSchedule.ANNUAL_REPORT.due(APRIL_30, LocalDate.of(2025, 6, 22))).isEmpty();
    }

    @Test
    void aMissedDayStillGetsItsReminderAndOnlyTheLatestOneUntilTheNext() {
        ReminderSchedule annual = ReminderSchedule.ANNUAL_REPORT;
        // the job did not run on 1 March: the 60-day reminder is sent on 2 March, and
        // any day until the 14-day one
        assertThat(annual.due(APRIL_30, LocalDate.of(2026, 3, 2))).get().extracting(Reminder::daysBefore).isEqualTo(60);
        assertThat(point(annual.due(APRIL_30, LocalDate.of(2026, 4, 15)))).isEqualTo("60-days");
        assertThat(point(annual.due(APRIL_30, LocalDate.of(2026, 4, 20)))).isEqualTo("14-days");
        // the deadline itself is still before it
        assertThat(point(annual.due(APRIL_30, APRIL_30))).isEqualTo("14-days");
    }

    @Test
    void overdueIsSentOnlyInTheWeekAfterTheDeadlineNotForDeadlinesLongPast() {
        ReminderSchedule annual = ReminderSchedule.ANNUAL_REPORT;
        assertThat(point(annual.due(APRIL_30, LocalDate.of(2026, 5, 7)))).isEqualTo("overdue");
        assertThat(annual.due(APRIL_30, LocalDate.of(2026, 5, 8))).isEmpty();
        assertThat(annual.due(LocalDate.of(2012, 4, 30), LocalDate.of(2026, 3, 1))).isEmpty();
    }

    @Test
    void theWeeklyDigestListsWhatWasDueOnOneOfItsSevenDays() {
        ReminderSchedule annual = ReminderSchedule.ANNUAL_REPORT;
        // 1 March 2026 is a Sunday: the digest of Monday 2 March lists the 60-day
        // reminder
        LocalDate monday = LocalDate.of(2026, 3, 2);
        assertThat(ReminderSchedule.digestDay(LocalDate.of(2026, 3, 4))).isEqualTo(monday);
        assertThat(ReminderSchedule.digestDay(monday)).isEqualTo(monday);
        assertThat(ReminderSchedule.isoWeek(monday)).isEqualTo("2026-W10");
        assertThat(point(annual.dueInWeek(APRIL_30, monday))).isEqualTo("60-days");
        assertThat(annual.dueInWeek(APRIL_30, LocalDate.of(2026, 2, 23))).isEmpty();
        // overdue on 1 May (a Friday): listed on Monday 4 May, not on Monday 11 May
        assertThat(point(annual.dueInWeek(APRIL_30, LocalDate.of(2026, 5, 4)))).isEqualTo("overdue");
        assertThat(annual.dueInWeek(APRIL_30, LocalDate.of(2026, 5, 11))).isEmpty();
    }

    @Test
    void theIsoWeekIsTheWeekBasedYears() {
        assertThat(ReminderSchedule.isoWeek(LocalDate.of(2024, 12, 30))).isEqualTo("2025-W01");
    }

    private static String point(Optional<Reminder> reminder) {
        return reminder.map(Reminder::point).orElse("none");
    }

}

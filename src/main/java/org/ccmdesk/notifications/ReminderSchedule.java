package org.ccmdesk.notifications;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * When the focal points of a State Party are reminded of a deadline: the Article 7 annual
 * report 60 and 14 days before 30 April, the initial report 30 days before, any other
 * dated obligation 90 and 30 days before; and each once, the day after, when it becomes
 * overdue.
 * <p>
 * A reminder is due from its day until the next one, so that a day on which the job did
 * not run (or a focal point added in between) still gets it, once: the message's cause
 * names the reminder. The overdue reminder is due for {@link #OVERDUE_CATCH_UP_DAYS}
 * only: deadlines missed long before a state's focal point was added are not announced as
 * news.
 */
enum ReminderSchedule {

    ANNUAL_REPORT(60, 14), INITIAL_REPORT(30), DATED(90, 30);

    /** How long after a deadline the overdue reminder is still sent. */
    static final int OVERDUE_CATCH_UP_DAYS = 7;

    private final int[] daysBefore;

    ReminderSchedule(int... daysBefore) {
        this.daysBefore = daysBefore;
    }

    /** The schedule of a catalogue rule (the two Article 7 reports have their own). */
    static ReminderSchedule forRule(String ruleId) {
        return switch (ruleId) {
            case "ART7_ANNUAL_REPORT" -> ANNUAL_REPORT;
            case "ART7_INITIAL_REPORT" -> INITIAL_REPORT;
            default -> DATED;
        };
    }

    /** Every reminder of {@code deadline}, in the order they are due. */
    List<Reminder> reminders(LocalDate deadline) {
        List<Reminder> reminders = new ArrayList<>();
        for (int days : daysBefore) {
            reminders.add(new Reminder(deadline, days, deadline.minusDays(days)));
        }
        reminders.add(new Reminder(deadline, Reminder.OVERDUE, deadline.plusDays(1)));
        return reminders;
    }

    /** The reminder of {@code deadline} due on {@code today}, if any. */
    Optional<Reminder> due(LocalDate deadline, LocalDate today) {
        Reminder latest = null;
        for (Reminder reminder : reminders(deadline)) {
            if (!reminder.on().isAfter(today)) {
                latest = reminder;
            }
        }
        if (latest == null || latest.overdue() && !today.isBefore(latest.on().plusDays(OVERDUE_CATCH_UP_DAYS))) {
            return Optional.empty();
        }
        return Optional.of(latest);
    }

    /**
     * The reminder that the weekly digest whose last day is {@code lastDay} lists for
     * {@code deadline}: the latest due on one of the seven days, if any. A coming
     * deadline is listed every week until it passes; an overdue one only in the digest of
     * the week it became overdue.
     */
    Optional<Reminder> dueInWeek(LocalDate deadline, LocalDate lastDay) {
        LocalDate firstDay = lastDay.minusDays(6);
        for (int back = 0; back < 7; back++) {
            Optional<Reminder> due = due(deadline, lastDay.minusDays(back));
            if (due.isPresent() && (!due.get().overdue() || !due.get().on().isBefore(firstDay))) {
                return due;
            }
        }
        return Optional.empty();
    }

    /**
     * The Monday of the week of {@code today}: the digest of that week covers the seven
     * days ending on it, whichever day of the week it is sent.
     */
    static LocalDate digestDay(LocalDate today) {
        return today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /**
     * The ISO week of {@code day}, as {@code 2026-W10}: one digest per person and week.
     */
    static String isoWeek(LocalDate day) {
        return "%d-W%02d".formatted(day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /**
     * One reminder of a deadline: {@code daysBefore} it (or {@link #OVERDUE}), due on
     * {@code on}.
     */
    record Reminder(LocalDate deadline, int daysBefore, LocalDate on) {

        static final int OVERDUE = -1;

        boolean overdue() {
            return daysBefore == OVERDUE;
        }

        /** How the reminder is named in the cause of its message. */
        String point() {
            return overdue() ? "overdue" : daysBefore + "-days";
        }

    }

}

package org.ccmdesk.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.ccmdesk.meetings.Meeting;
import org.junit.jupiter.api.Test;

/** The days on which delegations without credentials are reminded of a meeting. */
class CredentialsReminderRuleTest {

    static final LocalDate FIRST_DAY = LocalDate.of(2014, 4, 7);

    final CredentialsReminderRule fourteenDays = new CredentialsReminderRule(14);

    @Test
    void dueFromFourteenDaysBeforeTheFirstDayUntilTheDayBefore() {
        Meeting meeting = meeting(false);
        assertThat(fourteenDays.dueOn(meeting, LocalDate.of(2014, 3, 23))).isFalse();
        assertThat(fourteenDays.dueOn(meeting, LocalDate.of(2014, 3, 24))).isTrue();
        // a day on which the job did not run is made up on the next
        assertThat(fourteenDays.dueOn(meeting, LocalDate.of(2014, 3, 30))).isTrue();
        assertThat(fourteenDays.dueOn(meeting, LocalDate.of(2014, 4, 6))).isTrue();
    }

    @Test
    void notOnceTheMeetingHasBegun() {
        Meeting meeting = meeting(false);
        assertThat(fourteenDays.dueOn(meeting, FIRST_DAY)).isFalse();
        assertThat(fourteenDays.dueOn(meeting, LocalDate.of(2014, 4, 9))).isFalse();
        assertThat(fourteenDays.dueOn(meeting, LocalDate.of(2014, 5, 1))).isFalse();
    }

    @Test
    void neverForACancelledMeeting() {
        assertThat(fourteenDays.dueOn(meeting(true), LocalDate.of(2014, 3, 30))).isFalse();
    }

    @Test
    void theNumberOfDaysIsASetting() {
        CredentialsReminderRule oneDay = new CredentialsReminderRule(1);
        assertThat(oneDay.dueOn(meeting(false), LocalDate.of(2014, 4, 5))).isFalse();
        assertThat(oneDay.dueOn(meeting(false), LocalDate.of(2014, 4, 6))).isTrue();
        assertThatThrownBy(() -> new CredentialsReminderRule(0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static Meeting meeting(boolean cancelled) {
        return new Meeting(1, "Intersessional Meeting 2014", "Intersessional 2014", null, true, FIRST_DAY,
                LocalDate.of(2014, 4, 9), "Palais des Nations", null, "Geneva", "Switzerland", "Europe/Zurich", null,
                null, null, null, null, null, "test", cancelled, false, null, null);
    }

}

package org.ccmdesk.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/**
 * A Schengen visa needs a passport valid three months after leaving (the meeting's last
 * day).
 */
class PassportValidityTest {

    static final LocalDate LAST_DAY_APRIL_2014 = LocalDate.of(2014, 4, 9);

    @Test
    void aPassportExpiringOnTheFirstOfMayWarnsForTheAprilMeeting() {
        assertThat(withExpiry(LocalDate.of(2014, 5, 1)).passportTooShortFor(LAST_DAY_APRIL_2014)).isTrue();
        assertThat(withExpiry(LocalDate.of(2014, 7, 8)).passportTooShortFor(LAST_DAY_APRIL_2014)).isTrue();
    }

    @Test
    void threeMonthsAfterTheLastDayIsEnough() {
        assertThat(withExpiry(LocalDate.of(2014, 7, 9)).passportTooShortFor(LAST_DAY_APRIL_2014)).isFalse();
        assertThat(withExpiry(null).passportTooShortFor(LAST_DAY_APRIL_2014)).isFalse();
    }

    private static Participant withExpiry(LocalDate expiry) {
        return new Participant(1, "anne.martin@example.org", "Anne", "Martin", null, "Ms", "Ambassador",
                org.ccmdesk.states.Party.state("FRA"), null, "FRA", null, false, false, false, false, null,
                "FR12345678", "FRA", expiry, LocalDate.of(1970, 5, 1), "Lyon", null, "fr", false);
    }

}

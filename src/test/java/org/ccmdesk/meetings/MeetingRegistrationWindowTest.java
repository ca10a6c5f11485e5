package org.ccmdesk.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.ccmdesk.meetings.Meeting.Admission;
import org.junit.jupiter.api.Test;

/**
 * The registration window of the 2014 Intersessional Meeting (Geneva, 7-9 April 2014) and
 * of the APMBC meeting of the same weeks (9-11 April, registered separately), as shipped
 * in V7 and V9. The shipped row has no window; where one is needed it opens with the
 * invitation letters of 28 February 2014 and closes on Friday 4 April, as the secretariat
 * would set it.
 */
class MeetingRegistrationWindowTest {

    private static final LocalDate FIRST_DAY = LocalDate.of(2014, 4, 7);

    private static final LocalDate LAST_DAY = LocalDate.of(2014, 4, 9);

    private static final LocalDate OPENS = LocalDate.of(2014, 2, 28);

    private static final LocalDate CLOSES = LocalDate.of(2014, 4, 4);

    private static Meeting intersessional(LocalDate opens, LocalDate closes, boolean cancelled) {
        return new Meeting(6, "Intersessional Meeting 2014", "Intersessional 2014", MeetingKind.INTERSESSIONAL, true,
                FIRST_DAY, LAST_DAY, "World Meteorological Organization (WMO) building", "7 bis, Avenue de la Paix",
                "Geneva", "Switzerland", "Europe/Zurich",
                "http://www.clusterconvention.org/meetings/intersessional-meetings/april-2014",
                "President of the Fourth Meeting of States Parties", opens, closes, 1L, null,
                "Memo on the CCM Intersessional Meeting, Geneva, 7-9 April 2014", cancelled, true, null,
                "http://www.ccm-registration.org/menu/visa-information-for-switzerland/");
    }

    private static final Meeting WITH_WINDOW = intersessional(OPENS, CLOSES, false);

    private static final Meeting AS_SHIPPED = intersessional(null, null, false);

    private static final Meeting APMBC = new Meeting(9,
            "APMBC informal intersessional work and second formal preparatory meeting for the Third Review Conference",
            "APMBC 2014", MeetingKind.RELATED_MEETING, false, LocalDate.of(2014, 4, 9), LocalDate.of(2014, 4, 11), null,
            null, null, null, "Europe/Zurich", null, null, null, null, 1L, null,
            "Memo on the CCM Intersessional Meeting, Geneva, 7-9 April 2014 (registration separate)", false, true, null,
            null);

    @Test
    void theWindowOpensAndClosesOnItsDaysIncluded() {
        assertThat(WITH_WINDOW.registrationOn(LocalDate.of(2014, 2, 27))).isEqualTo(RegistrationState.NOT_YET_OPEN);
        assertThat(WITH_WINDOW.registrationOn(OPENS)).isEqualTo(RegistrationState.OPEN);
        assertThat(WITH_WINDOW.registrationOn(LocalDate.of(2014, 3, 20))).isEqualTo(RegistrationState.OPEN);
        assertThat(WITH_WINDOW.registrationOn(CLOSES)).isEqualTo(RegistrationState.OPEN);
        assertThat(WITH_WINDOW.registrationOn(LocalDate.of(2014, 4, 5))).isEqualTo(RegistrationState.CLOSED);
        assertThat(WITH_WINDOW.registrationOn(FIRST_DAY)).isEqualTo(RegistrationState.CLOSED);
    }

    @Test
    void withoutAWindowTheMeetingIsNotSetUntilItsLastDayAndClosedAfter() {
        assertThat(AS_SHIPPED.registrationOn(LocalDate.of(2014, 2, 28))).isEqualTo(RegistrationState.NOT_SET);
        assertThat(AS_SHIPPED.registrationOn(LAST_DAY)).isEqualTo(RegistrationState.NOT_SET);
        assertThat(AS_SHIPPED.registrationOn(LocalDate.of(2014, 4, 10))).isEqualTo(RegistrationState.CLOSED);
    }

    @Test
    void aWindowWithoutItsClosingDayStaysOpenUntilTheLastDay() {
        Meeting openEnded = intersessional(OPENS, null, false);
        assertThat(openEnded.registrationOn(LAST_DAY)).isEqualTo(RegistrationState.OPEN);
        assertThat(openEnded.registrationOn(LocalDate.of(2014, 4, 10))).isEqualTo(RegistrationState.CLOSED);
        Meeting noOpening = intersessional(null, CLOSES, false);
        assertThat(noOpening.registrationOn(LocalDate.of(2014, 1, 6))).isEqualTo(RegistrationState.OPEN);
        assertThat(noOpening.registrationOn(LocalDate.of(2014, 4, 5))).isEqualTo(RegistrationState.CLOSED);
    }

    @Test
    void aRelatedMeetingOfTheSameWeeksIsRegisteredElsewhereWhateverTheDate() {
        assertThat(APMBC.registrationOn(LocalDate.of(2014, 3, 20))).isEqualTo(RegistrationState.ELSEWHERE);
        assertThat(APMBC.registrationOn(LocalDate.of(2014, 4, 12))).isEqualTo(RegistrationState.ELSEWHERE);
        assertThat(APMBC.admissionOn(LocalDate.of(2014, 3, 20), true)).isEqualTo(Admission.NOT_HERE);
    }

    @Test
    void aCancelledMeetingTakesNoRegistration() {
        Meeting cancelled = intersessional(OPENS, CLOSES, true);
        assertThat(cancelled.registrationOn(LocalDate.of(2014, 3, 20))).isEqualTo(RegistrationState.CANCELLED);
        assertThat(cancelled.admissionOn(LocalDate.of(2014, 3, 20), true)).isEqualTo(Admission.NOT_HERE);
        assertThat(cancelled.admissionOn(LocalDate.of(2014, 3, 20), false)).isEqualTo(Admission.NOT_HERE);
    }

    @Test
    void whileTheWindowIsOpenEveryoneRegistersOnTime() {
        assertThat(WITH_WINDOW.admissionOn(LocalDate.of(2014, 3, 20), false)).isEqualTo(Admission.ON_TIME);
        assertThat(WITH_WINDOW.admissionOn(LocalDate.of(2014, 3, 20), true)).isEqualTo(Admission.ON_TIME);
        assertThat(WITH_WINDOW.admissionOn(CLOSES, false)).isEqualTo(Admission.ON_TIME);
    }

    @Test
    void afterTheWindowOnlyTheSecretariatRegistersAndTheRegistrationIsLate() {
        LocalDate saturday = LocalDate.of(2014, 4, 5);
        assertThat(WITH_WINDOW.admissionOn(saturday, false)).isEqualTo(Admission.WINDOW_CLOSED);
        assertThat(WITH_WINDOW.admissionOn(saturday, true)).isEqualTo(Admission.LATE);
        assertThat(WITH_WINDOW.admissionOn(FIRST_DAY, true)).isEqualTo(Admission.LATE);
    }

    @Test
    void beforeTheWindowOpensOrIsSetOnlyTheSecretariatRegistersAndItIsNotLate() {
        LocalDate early = LocalDate.of(2014, 2, 27);
        assertThat(WITH_WINDOW.admissionOn(early, false)).isEqualTo(Admission.WINDOW_CLOSED);
        assertThat(WITH_WINDOW.admissionOn(early, true)).isEqualTo(Admission.ON_TIME);
        assertThat(AS_SHIPPED.admissionOn(early, false)).isEqualTo(Admission.WINDOW_CLOSED);
        assertThat(AS_SHIPPED.admissionOn(early, true)).isEqualTo(Admission.ON_TIME);
        assertThat(AS_SHIPPED.admissionOn(LocalDate.of(2014, 4, 10), true)).isEqualTo(Admission.LATE);
    }

}

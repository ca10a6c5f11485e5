package org.ccmdesk.briefings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.ccmdesk.briefings.MemoObligation.Standing;
import org.ccmdesk.obligations.Obligation;
import org.ccmdesk.obligations.ObligationStatus;
import org.junit.jupiter.api.Test;

class MemoObligationTest {

    static final LocalDate AS_OF = LocalDate.of(2014, 4, 7);

    static Obligation obligation(LocalDate due, ObligationStatus status, LocalDate metOn) {
        return new Obligation("SWZ", "ART7_INITIAL_REPORT", "1", "Convention, Art. 7(1)", null, "Initial report", null,
                false, due, due, status, metOn, null, null, null);
    }

    static List<Standing> select(LocalDate since, LocalDate complete, Obligation... obligations) {
        return MemoObligation.select(List.of(obligations), AS_OF, since, complete)
            .stream()
            .map(MemoObligation::standing)
            .toList();
    }

    @Test
    void overdueDueWithinAYearAndMetSinceTheLastMeeting() {
        LocalDate since = LocalDate.of(2013, 9, 10);
        assertThat(select(since, null, obligation(LocalDate.of(2012, 8, 28), ObligationStatus.OVERDUE, null),
                obligation(LocalDate.of(2015, 4, 7), ObligationStatus.NOT_YET_DUE, null),
                obligation(LocalDate.of(2015, 4, 8), ObligationStatus.NOT_YET_DUE, null),
                obligation(LocalDate.of(2013, 1, 1), ObligationStatus.MET_LATE, LocalDate.of(2013, 10, 1)),
                obligation(LocalDate.of(2013, 1, 1), ObligationStatus.MET, LocalDate.of(2012, 12, 1))))
            .containsExactly(Standing.OVERDUE, Standing.DUE_WITHIN_A_YEAR, Standing.MET);
    }

    @Test
    void beforeTheRecordsAreCompleteNothingRecordedIsNoRecordNotOverdue() {
        LocalDate complete = LocalDate.of(2013, 1, 1);
        assertThat(select(null, complete, obligation(LocalDate.of(2012, 8, 28), ObligationStatus.OVERDUE, null),
                obligation(LocalDate.of(2013, 8, 28), ObligationStatus.OVERDUE, null)))
            .containsExactly(Standing.NO_RECORD, Standing.OVERDUE);
    }

    @Test
    void notApplicableIsLeftOut() {
        assertThat(select(null, null, obligation(LocalDate.of(2012, 8, 28), ObligationStatus.NOT_APPLICABLE, null)))
            .isEmpty();
    }

}

package org.ccmdesk.dashboards;

import java.time.LocalDate;
import java.util.List;

import org.ccmdesk.states.TreatyStatusService;
import org.ccmdesk.states.TreatySummary;
import org.springframework.stereotype.Component;

/**
 * The figures over time behind the chart: monthly from the opening for signature (3
 * December 2008) to a date.
 */
@Component
class TreatyTimeline {

    static final LocalDate OPENED_FOR_SIGNATURE = LocalDate.of(2008, 12, 3);

    /**
     * A series never runs past this date, however far ahead the chosen date is (about
     * 1,100 points at most).
     */
    static final LocalDate LAST_POINT = LocalDate.of(2100, 12, 31);

    private final TreatyStatusService treaty;

    TreatyTimeline(TreatyStatusService treaty) {
        this.treaty = treaty;
    }

    List<TreatySummary> monthly(LocalDate to) {
        return treaty.monthlySummaries(OPENED_FOR_SIGNATURE, to.isAfter(LAST_POINT) ? LAST_POINT : to);
    }

    /**
     * 1 January of every year, then {@code to}: the table shown beside the chart, and in
     * its place without JavaScript.
     */
    List<TreatySummary> yearly(LocalDate to) {
        return monthly(to).stream().filter(s -> s.asOf().getDayOfYear() == 1 || s.asOf().equals(to)).toList();
    }

}

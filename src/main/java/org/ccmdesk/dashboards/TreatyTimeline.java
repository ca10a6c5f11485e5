package org.ccmdesk.dashboards;

import java.time.LocalDate;
import java.util.ArrayList;
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
     * its place without JavaScript. The same points as taken from {@link #monthly}, but
     * only these are computed.
     */
    List<TreatySummary> yearly(LocalDate to) {
        LocalDate last = to.isAfter(LAST_POINT) ? LAST_POINT : to;
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = OPENED_FOR_SIGNATURE.withDayOfMonth(1); day.isBefore(last); day = day.plusMonths(1)) {
            if (day.getDayOfYear() == 1) {
                days.add(day);
            }
        }
        if (last.getDayOfYear() == 1 || last.equals(to)) {
            days.add(last);
        }
        return treaty.summariesOn(days);
    }

}

package org.ccmdesk.states;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.ccmdesk.system.PageLabels;

/**
 * One row of the states list as the page shows it: labels already in the page's language,
 * dates already written, the state's link already built. The template then reads plain
 * values; resolving each label and date for each of 200 rows in the template took most of
 * the page's time (README, "Pages as fast as the API").
 */
record StateListRow(String iso3, String name, String href, String statusClass, String statusLabel, String region,
        String group, LocalDate signature, String signatureText, LocalDate deposit, String depositText,
        String depositKind, LocalDate entryIntoForce, String entryIntoForceText) {

    /** How the list writes a date (as the template's {@code 'd MMM yyyy'} did). */
    static final String DATE_PATTERN = "d MMM yyyy";

    /**
     * The rows of {@code states}; each message is looked up once per page, and the links
     * (under {@code contextPath}) keep {@code asOfQuery} (null: no date in the links). A
     * code and a date need no encoding.
     */
    static List<StateListRow> of(List<StateStatus> states, String contextPath, String asOfQuery, PageLabels labels) {
        DateTimeFormatter dates = DateTimeFormatter.ofPattern(DATE_PATTERN, labels.locale());
        String query = asOfQuery == null ? "" : "?asOf=" + asOfQuery;
        return states.stream()
            .map(s -> new StateListRow(s.iso3(), s.name(), contextPath + "/states/" + s.iso3() + query,
                    "status-" + s.status(), labels.get(s.status().messageKey()), labels.prefixed("region.", s.region()),
                    labels.prefixed("group.", s.unRegionalGroup()), s.signature(), format(dates, s.signature()),
                    s.deposit(), format(dates, s.deposit()),
                    s.depositKind() == null ? null : "(" + labels.get(s.depositKind().messageKey()) + ")",
                    s.entryIntoForce(), format(dates, s.entryIntoForce())))
            .toList();
    }

    private static String format(DateTimeFormatter dates, LocalDate date) {
        return date == null ? null : dates.format(date);
    }

}

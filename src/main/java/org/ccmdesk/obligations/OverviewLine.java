package org.ccmdesk.obligations;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.ccmdesk.system.PageLabels;

/**
 * One row of the overview table as the page shows it: the link to the state's obligations
 * and one cell per theme (null where the state has no obligation of that theme), each
 * cell's badge class and label already resolved. About 1,600 cells a page: resolving each
 * in the template was most of the page's time (README, "Pages as fast as the API").
 */
record OverviewLine(String iso3, String name, String href, List<Cell> cells, int overdue) {

    /** A theme's worst status: its badge's classes and label. */
    record Cell(String badgeClass, String label) {
    }

    /** The lines of {@code rows}, their links under {@code contextPath}. */
    static List<OverviewLine> of(List<ComplianceOverview.Row> rows, String contextPath, LocalDate asOf,
            PageLabels labels) {
        Map<ObligationStatus, Cell> cells = new EnumMap<>(ObligationStatus.class);
        for (ObligationStatus status : ObligationStatus.values()) {
            cells.put(status, new Cell(status.badgeClass(), labels.get(status.messageKey())));
        }
        return rows.stream().map(row -> {
            List<Cell> line = new ArrayList<>();
            for (Theme theme : Theme.values()) {
                ObligationStatus worst = row.worst().get(theme);
                line.add(worst == null ? null : cells.get(worst));
            }
            return new OverviewLine(row.iso3(), row.name(),
                    contextPath + "/states/" + row.iso3() + "/obligations?asOf=" + asOf, line, row.overdue());
        }).toList();
    }

}

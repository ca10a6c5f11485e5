package org.ccmdesk.obligations;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The overview of /obligations: one row per State Party, the worst status per theme, and
 * the number of overdue obligations per rule ("on D: N initial reports overdue").
 */
record ComplianceOverview(List<Row> rows, Map<String, Integer> overdueByRule) {

    /**
     * One state: its worst status per theme (themes without an obligation are absent).
     */
    public record Row(String iso3, String name, Map<Theme, ObligationStatus> worst, int overdue) {
    }

    static ComplianceOverview of(List<Obligation> obligations, Map<String, String> names, ObligationStatus status,
            Theme theme) {
        Map<String, Map<Theme, ObligationStatus>> worst = new LinkedHashMap<>();
        Map<String, Integer> overdueByState = new TreeMap<>();
        Map<String, Integer> overdueByRule = new TreeMap<>();
        for (Obligation o : obligations) {
            Map<Theme, ObligationStatus> cells = worst.computeIfAbsent(o.iso3(), k -> new EnumMap<>(Theme.class));
            cells.merge(o.theme(), o.status(), (a, b) -> a.severity() >= b.severity() ? a : b);
            if (o.status() == ObligationStatus.OVERDUE) {
                overdueByState.merge(o.iso3(), 1, Integer::sum);
                overdueByRule.merge(o.rule(), 1, Integer::sum);
            }
        }
        List<Row> rows = new ArrayList<>();
        worst.forEach((iso3, cells) -> {
            boolean matches = theme == null ? status == null || cells.containsValue(status)
                    : cells.containsKey(theme) && (status == null || cells.get(theme) == status);
            if (matches) {
                rows.add(new Row(iso3, names.getOrDefault(iso3, iso3), cells, overdueByState.getOrDefault(iso3, 0)));
            }
        });
        return new ComplianceOverview(rows, overdueByRule);
    }
}

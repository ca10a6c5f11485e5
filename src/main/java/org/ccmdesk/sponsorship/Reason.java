package org.ccmdesk.sponsorship;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Why an application is (not) eligible, or has priority: a message key and its values,
 * kept with the application as {@code key|value|value;key...}.
 */
record Reason(String key, List<String> values) {

    Reason {
        values = List.copyOf(values);
    }

    static Reason of(String key, String... values) {
        return new Reason(key, Arrays.asList(values));
    }

    public Object[] arguments() {
        return values.toArray();
    }

    static String write(List<Reason> reasons) {
        return reasons.stream()
            .map(r -> r.values.isEmpty() ? r.key : r.key + "|" + String.join("|", r.values))
            .collect(Collectors.joining(";"));
    }

    static List<Reason> read(String stored) {
        List<Reason> reasons = new ArrayList<>();
        if (stored == null || stored.isBlank()) {
            return reasons;
        }
        for (String part : stored.split(";")) {
            String[] fields = part.split("\\|", -1);
            reasons.add(new Reason(fields[0], Arrays.asList(fields).subList(1, fields.length)));
        }
        return reasons;
    }

}

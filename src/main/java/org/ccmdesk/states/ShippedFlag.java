package org.ccmdesk.states;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which rows of affected_2014.csv clearly answer a flag: held cluster munitions at entry
 * into force (yes or no), and contamination (a "yes" in the Monitor's lists of 2013 or
 * 2014, or another source). Rows that say "unclear", and every state without such a row,
 * stay UNKNOWN; no source in the reference data says which states have victims, so
 * HAS_VICTIMS is never seeded.
 */
record ShippedFlag(StateFlag flag, FlagValue value, String source) {

    static Optional<ShippedFlag> of(Map<String, String> row) {
        String topic = row.get("topic");
        String value = row.get("value").trim().toLowerCase(Locale.ROOT);
        String source = "affected_2014.csv, " + topic + ": " + row.get("value") + ". Source: " + row.get("source");
        if (source.length() > 2000) {
            source = source.substring(0, 2000);
        }
        if (topic.equals("stockpile_held_at_eif")) {
            if (value.startsWith("yes")) {
                return Optional.of(new ShippedFlag(StateFlag.HELD_STOCKPILES_AT_EIF, FlagValue.YES, source));
            }
            if (value.startsWith("no")) {
                return Optional.of(new ShippedFlag(StateFlag.HELD_STOCKPILES_AT_EIF, FlagValue.NO, source));
            }
        }
        if (topic.startsWith("cm_contaminated_") && value.startsWith("yes")) {
            return Optional.of(new ShippedFlag(StateFlag.CONTAMINATED_AT_EIF, FlagValue.YES, source));
        }
        return Optional.empty();
    }
}

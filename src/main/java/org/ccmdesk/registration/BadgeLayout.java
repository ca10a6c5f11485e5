package org.ccmdesk.registration;

import java.util.Locale;

import org.ccmdesk.system.RuleViolation;

/**
 * How badges are printed: eight to an A4 sheet with cut lines, or one a page on a badge
 * printer.
 */
enum BadgeLayout {

    SHEET, SINGLE;

    /** Badges on an A4 sheet: two columns, four rows. */
    static final int PER_SHEET = 8;

    static BadgeLayout parse(String value) {
        for (BadgeLayout layout : values()) {
            if (layout.name().equalsIgnoreCase(value)) {
                return layout;
            }
        }
        throw new RuleViolation("layout", "badge.unknownLayout", value);
    }

    String parameter() {
        return name().toLowerCase(Locale.ROOT);
    }

}

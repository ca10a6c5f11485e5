package org.ccmdesk.reliability;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.ccmdesk.reliability.FuzzTargets.Target;

/**
 * The inputs that still answer 5xx, each with its reason, until the fixes of issue 14
 * land. {@link FuzzTest} fails when a route and input outside this list fails, and when
 * an entry here no longer matches any failure: the list can only shrink, and whoever
 * fixes a cause removes its lines here.
 */
final class KnownFailures {

    static final String H2 = "h2";

    static final String POSTGRESQL = "postgresql";

    private static final Set<String> BOTH = Set.of(H2, POSTGRESQL);

    /**
     * One known failure: a fuzz case name ({@code "METHOD pattern field kind"}) or, where
     * one cause breaks a whole kind of input, a regular expression over those names.
     */
    record Known(Pattern cases, Set<String> databases, String reason) {

        boolean matches(String key) {
            return cases.matcher(key).matches();
        }

    }

    private static final String AS_OF_OVERFLOW = "asOf=+999999999-12-31 is accepted and the deadline arithmetic "
            + "overflows LocalDate (DateTimeException): issue 14 item 4, dates outside 1900-2200 (system AsOf)";

    private static final String UNKNOWN_STATE = "the voluntary report does not check that the state in the path "
            + "exists: the insert breaks fulfilment.state_iso3 (char(3), foreign key) instead of a 404";

    /**
     * Empty: every failure the fuzz test found (asOf and filter dates that overflowed, a
     * default badge name longer than its column, a voluntary report for a state that does
     * not exist, NUL bytes on PostgreSQL) is fixed. An entry added here must name its
     * cause and the work that will remove it.
     */
    static final List<Known> ALL = List.of();

    private KnownFailures() {
    }

    /** "METHOD pattern field kind", the name of one fuzz case. */
    static String key(Target target, String field, String kind) {
        return target + " " + field + " " + kind;
    }

    static List<Known> on(String database) {
        return ALL.stream().filter(known -> known.databases().contains(database)).toList();
    }

    /** The failures that no entry explains. */
    static List<String> unexpected(Collection<String> failures, List<Known> known) {
        return failures.stream().filter(key -> known.stream().noneMatch(k -> k.matches(key))).toList();
    }

    /** The entries that explain no failure any more. */
    static List<Known> fixed(Collection<String> failures, List<Known> known) {
        List<Known> fixed = new ArrayList<>();
        for (Known k : known) {
            if (failures.stream().noneMatch(k::matches)) {
                fixed.add(k);
            }
        }
        return fixed;
    }

    private static Known exact(String key, Set<String> databases, String reason) {
        return new Known(Pattern.compile(Pattern.quote(key)), databases, reason);
    }

    private static Known matching(String regex, Set<String> databases, String reason) {
        return new Known(Pattern.compile(regex), databases, reason);
    }

}

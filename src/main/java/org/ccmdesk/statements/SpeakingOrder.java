package org.ccmdesk.statements;

import java.util.List;

/**
 * Where a new inscription goes in a list. Entries already spoken or speaking keep their
 * places; the new one is placed among those still waiting after them: a point of order at
 * the top (after earlier points of order), a right of reply at the end, a statement at
 * the end of the statements (by time) or at the end of its group (grouped).
 */
final class SpeakingOrder {

    /** An entry of a list as the rule sees it. */
    record Placed(SpeechType type, SpeakerGroup group, EntryStatus status) {
    }

    private SpeakingOrder() {
    }

    /** The index (0 = first) at which {@code candidate} is inserted into {@code list}. */
    static int placeOf(OrderRule rule, List<Placed> list, Placed candidate) {
        int start = 0;
        for (int i = 0; i < list.size(); i++) {
            EntryStatus status = list.get(i).status();
            if (status == EntryStatus.SPOKEN || status == EntryStatus.SPEAKING) {
                start = i + 1;
            }
        }
        for (int i = start; i < list.size(); i++) {
            Placed other = list.get(i);
            if (other.status() == EntryStatus.WITHDRAWN) {
                continue;
            }
            if (goesBefore(rule, candidate, other)) {
                return i;
            }
        }
        return list.size();
    }

    private static boolean goesBefore(OrderRule rule, Placed candidate, Placed other) {
        return switch (candidate.type()) {
            case POINT_OF_ORDER -> other.type() != SpeechType.POINT_OF_ORDER;
            case RIGHT_OF_REPLY -> false;
            case STATEMENT -> other.type() == SpeechType.RIGHT_OF_REPLY || (rule == OrderRule.GROUPED
                    && other.type() == SpeechType.STATEMENT && other.group().compareTo(candidate.group()) > 0);
        };
    }

}

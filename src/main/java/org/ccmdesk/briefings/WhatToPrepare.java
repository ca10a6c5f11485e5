package org.ccmdesk.briefings;

import java.util.ArrayList;
import java.util.List;

import org.ccmdesk.states.TreatyStatus;

/**
 * The memo's rule: what a state prepares for a meeting, from its situation on the memo's
 * date, each line with its reason.
 *
 * @param status the state's status on the date
 * @param obligations the obligations table of the memo (empty for a state not party)
 * @param usesReported reported uses of cluster munitions known on the date
 * @param usesCondemned how many of them the state has condemned by the date
 * @param affected whether an obligation of clearance, stockpile destruction or victim
 * assistance applies to the state
 */
record WhatToPrepare(TreatyStatus status, List<MemoObligation> obligations, int usesReported, int usesCondemned,
        boolean affected) {

    List<PrepareLine> lines() {
        List<PrepareLine> lines = new ArrayList<>();
        boolean party = status.isStateParty();
        if (!party) {
            lines.add(new PrepareLine("briefing.prepare.ratification",
                    status == TreatyStatus.SIGNATORY ? "briefing.reason.signatory" : "briefing.reason.notSignatory",
                    List.of()));
        }
        else {
            lines.add(new PrepareLine("briefing.prepare.article21", "briefing.reason.stateParty", List.of()));
        }
        if (usesReported > 0) {
            lines.add(new PrepareLine("briefing.prepare.uses",
                    usesCondemned == 0 ? "briefing.reason.usesNotCondemned" : usesCondemned >= usesReported
                            ? "briefing.reason.usesAllCondemned" : "briefing.reason.usesSomeCondemned",
                    List.of(usesReported, usesCondemned)));
        }
        if (party) {
            for (MemoObligation o : obligations) {
                lines.add(new PrepareLine("briefing.prepare.obligation." + o.standing().name(),
                        o.standing().messageKey(), List.of(o.title(), o.source())));
            }
            if (affected && needsIdentified()) {
                lines.add(new PrepareLine("briefing.prepare.cooperation", "briefing.reason.affected", List.of()));
            }
        }
        long overdue = overdue();
        if (overdue > 0) {
            lines.add(new PrepareLine("briefing.prepare.advice", "briefing.reason.overdueItems", List.of(overdue)));
        }
        return lines;
    }

    private long overdue() {
        return obligations.stream().filter(o -> o.standing() == MemoObligation.Standing.OVERDUE).count();
    }

    /**
     * Needs are identified when an obligation of an affected state's themes is open:
     * overdue or due within a year.
     */
    private boolean needsIdentified() {
        return obligations.stream()
            .filter(o -> o.standing() != MemoObligation.Standing.MET)
            .anyMatch(o -> AFFECTED_THEMES.contains(o.theme()));
    }

    static final List<String> AFFECTED_THEMES = List.of("STOCKPILE_DESTRUCTION", "CLEARANCE_AND_RISK_REDUCTION",
            "VICTIM_ASSISTANCE");

}

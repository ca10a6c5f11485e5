package org.ccmdesk.briefings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.ccmdesk.briefings.MemoObligation.Standing;
import org.ccmdesk.states.TreatyStatus;
import org.junit.jupiter.api.Test;

class WhatToPrepareTest {

    static MemoObligation row(String theme, Standing standing) {
        return new MemoObligation("title", "Convention, Art. 7(1)", theme, LocalDate.of(2012, 8, 28), standing, null);
    }

    static List<String> keys(WhatToPrepare rule) {
        return rule.lines().stream().map(PrepareLine::key).toList();
    }

    @Test
    void aSignatoryPreparesOnRatificationWithItsReason() {
        List<PrepareLine> lines = new WhatToPrepare(TreatyStatus.SIGNATORY, List.of(), 0, 0, false).lines();
        assertThat(lines).extracting(PrepareLine::key).containsExactly("briefing.prepare.ratification");
        assertThat(lines.get(0).reasonKey()).isEqualTo("briefing.reason.signatory");
        assertThat(new WhatToPrepare(TreatyStatus.NOT_SIGNATORY, List.of(), 0, 0, false).lines().get(0).reasonKey())
            .isEqualTo("briefing.reason.notSignatory");
    }

    @Test
    void aStatePartyPreparesArticle21AndEachObligationButNoRatification() {
        var rule = new WhatToPrepare(TreatyStatus.IN_FORCE,
                List.of(row("TRANSPARENCY", Standing.OVERDUE), row("TRANSPARENCY", Standing.DUE_WITHIN_A_YEAR)), 0, 0,
                false);
        assertThat(keys(rule)).containsExactly("briefing.prepare.article21", "briefing.prepare.obligation.OVERDUE",
                "briefing.prepare.obligation.DUE_WITHIN_A_YEAR", "briefing.prepare.advice");
    }

    @Test
    void noRecordIsNotOverdueAndAsksForNoAdvice() {
        var rule = new WhatToPrepare(TreatyStatus.IN_FORCE, List.of(row("TRANSPARENCY", Standing.NO_RECORD)), 0, 0,
                false);
        assertThat(keys(rule)).containsExactly("briefing.prepare.article21", "briefing.prepare.obligation.NO_RECORD");
    }

    @Test
    void theReportedUsesAndWhetherTheStateCondemnedThem() {
        assertThat(new WhatToPrepare(TreatyStatus.SIGNATORY, List.of(), 3, 0, false).lines().get(1).reasonKey())
            .isEqualTo("briefing.reason.usesNotCondemned");
        assertThat(new WhatToPrepare(TreatyStatus.SIGNATORY, List.of(), 3, 1, false).lines().get(1).reasonKey())
            .isEqualTo("briefing.reason.usesSomeCondemned");
        assertThat(new WhatToPrepare(TreatyStatus.SIGNATORY, List.of(), 3, 3, false).lines().get(1).args())
            .containsExactly(3, 3);
    }

    @Test
    void anAffectedStatePartyWithOpenNeedsAsksForCooperation() {
        var open = List.of(row("CLEARANCE_AND_RISK_REDUCTION", Standing.DUE_WITHIN_A_YEAR));
        assertThat(keys(new WhatToPrepare(TreatyStatus.IN_FORCE, open, 0, 0, true)))
            .contains("briefing.prepare.cooperation");
        assertThat(keys(new WhatToPrepare(TreatyStatus.IN_FORCE, open, 0, 0, false)))
            .doesNotContain("briefing.prepare.cooperation");
        var met = List.of(row("CLEARANCE_AND_RISK_REDUCTION", Standing.MET));
        assertThat(keys(new WhatToPrepare(TreatyStatus.IN_FORCE, met, 0, 0, true)))
            .doesNotContain("briefing.prepare.cooperation");
    }

}

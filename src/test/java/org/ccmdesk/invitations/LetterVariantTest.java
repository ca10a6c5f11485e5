package org.ccmdesk.invitations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.ccmdesk.states.DepositKind;
import org.ccmdesk.states.TreatyRecord;
import org.ccmdesk.states.TreatyStatus;
import org.junit.jupiter.api.Test;

/**
 * The text of a letter follows the invitee's status on the letter's date, not today's.
 */
class LetterVariantTest {

    static final LocalDate LETTER = LocalDate.of(2014, 2, 28);

    @Test
    void eachStatusHasItsText() {
        assertThat(LetterVariant.of(TreatyStatus.IN_FORCE)).isEqualTo(LetterVariant.STATE_PARTY);
        assertThat(LetterVariant.of(TreatyStatus.RATIFIED_NOT_IN_FORCE)).isEqualTo(LetterVariant.STATE_PARTY);
        assertThat(LetterVariant.of(TreatyStatus.SIGNATORY)).isEqualTo(LetterVariant.SIGNATORY);
        assertThat(LetterVariant.of(TreatyStatus.NOT_SIGNATORY)).isEqualTo(LetterVariant.NOT_PARTY);
        assertThat(LetterVariant.of(TreatyStatus.WITHDRAWN)).isEqualTo(LetterVariant.NOT_PARTY);
        assertThat(LetterVariant.of(null)).isEqualTo(LetterVariant.ORGANISATION);
    }

    @Test
    void aStateThatRatifiedAfterTheLetterStillGetsTheSignatoryText() {
        // Canada: signed 3 December 2008, ratified 16 March 2015
        TreatyRecord canada = new TreatyRecord(LocalDate.of(2008, 12, 3), LocalDate.of(2015, 3, 16),
                DepositKind.RATIFICATION, null);
        assertThat(LetterVariant.of(canada.knownOn(LETTER).statusOn(LETTER))).isEqualTo(LetterVariant.SIGNATORY);
        assertThat(LetterVariant.of(canada.statusOn(LocalDate.of(2015, 9, 1)))).isEqualTo(LetterVariant.STATE_PARTY);
        // deposited before the letter, in force only later (Art. 17): already a State
        // Party
        TreatyRecord recent = new TreatyRecord(LocalDate.of(2008, 12, 3), LocalDate.of(2014, 1, 20),
                DepositKind.RATIFICATION, null);
        assertThat(LetterVariant.of(recent.statusOn(LETTER))).isEqualTo(LetterVariant.STATE_PARTY);
        assertThat(LetterVariant.of(TreatyRecord.NONE.statusOn(LETTER))).isEqualTo(LetterVariant.NOT_PARTY);
    }

    @Test
    void statusGroupsOfTheFunnel() {
        assertThat(StatusGroup.of(TreatyStatus.RATIFIED_NOT_IN_FORCE)).isEqualTo(StatusGroup.STATES_PARTIES);
        assertThat(StatusGroup.of(TreatyStatus.SIGNATORY)).isEqualTo(StatusGroup.SIGNATORIES);
        assertThat(StatusGroup.of(TreatyStatus.WITHDRAWN)).isEqualTo(StatusGroup.NOT_PARTY);
    }

}

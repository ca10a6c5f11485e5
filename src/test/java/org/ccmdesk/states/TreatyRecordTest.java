package org.ccmdesk.states;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class TreatyRecordTest {

    // Afghanistan: signed 3 Dec 2008, ratified 8 Sep 2011, in force 1 Mar 2012
    private final TreatyRecord afghanistan = new TreatyRecord(LocalDate.of(2008, 12, 3), LocalDate.of(2011, 9, 8),
            DepositKind.RATIFICATION, null);
    // Lithuania: ratified 24 Mar 2011, withdrawal effective 6 Mar 2025
    private final TreatyRecord lithuania = new TreatyRecord(null, LocalDate.of(2011, 3, 24), DepositKind.RATIFICATION,
            LocalDate.of(2025, 3, 6));

    @Test
    void statusChangesOnTheDayOfEachEvent() {
        assertThat(afghanistan.statusOn(LocalDate.of(2008, 12, 2))).isEqualTo(TreatyStatus.NOT_SIGNATORY);
        assertThat(afghanistan.statusOn(LocalDate.of(2008, 12, 3))).isEqualTo(TreatyStatus.SIGNATORY);
        assertThat(afghanistan.statusOn(LocalDate.of(2011, 9, 7))).isEqualTo(TreatyStatus.SIGNATORY);
        assertThat(afghanistan.statusOn(LocalDate.of(2011, 9, 8))).isEqualTo(TreatyStatus.RATIFIED_NOT_IN_FORCE);
        assertThat(afghanistan.statusOn(LocalDate.of(2012, 2, 29))).isEqualTo(TreatyStatus.RATIFIED_NOT_IN_FORCE);
        assertThat(afghanistan.statusOn(LocalDate.of(2012, 3, 1))).isEqualTo(TreatyStatus.IN_FORCE);
    }

    @Test
    void withdrawalTakesEffectOnItsDate() {
        assertThat(lithuania.statusOn(LocalDate.of(2025, 3, 5))).isEqualTo(TreatyStatus.IN_FORCE);
        assertThat(lithuania.statusOn(LocalDate.of(2025, 3, 6))).isEqualTo(TreatyStatus.WITHDRAWN);
        assertThat(TreatyStatus.WITHDRAWN.isStateParty()).isFalse();
    }

    @Test
    void accessionWithoutSignatureIsNotASignatoryBeforehand() {
        assertThat(lithuania.statusOn(LocalDate.of(2011, 3, 23))).isEqualTo(TreatyStatus.NOT_SIGNATORY);
        assertThat(TreatyRecord.NONE.statusOn(LocalDate.of(2030, 1, 1))).isEqualTo(TreatyStatus.NOT_SIGNATORY);
    }

    @Test
    void knownOnHidesLaterEventsButKeepsTheDeterminedEntryIntoForce() {
        TreatyRecord early = afghanistan.knownOn(LocalDate.of(2010, 1, 1));
        assertThat(early.signature()).isEqualTo(LocalDate.of(2008, 12, 3));
        assertThat(early.deposit()).isNull();
        assertThat(early.depositKind()).isNull();
        assertThat(early.entryIntoForce()).isNull();

        TreatyRecord pending = afghanistan.knownOn(LocalDate.of(2011, 10, 1));
        assertThat(pending.entryIntoForce()).isEqualTo(LocalDate.of(2012, 3, 1));
        assertThat(lithuania.knownOn(LocalDate.of(2024, 1, 1)).withdrawal()).isNull();
    }

    @Test
    void summaryCountsStatesPartiesAsDepositedAndNotWithdrawn() {
        TreatyRecord signatory = new TreatyRecord(LocalDate.of(2008, 12, 3), null, null, null);
        TreatySummary summary = TreatySummary.of(LocalDate.of(2011, 10, 1),
                java.util.List.of(afghanistan, lithuania, signatory, TreatyRecord.NONE));
        assertThat(summary.statesParties()).isEqualTo(2);
        assertThat(summary.inForce()).isEqualTo(1);
        assertThat(summary.ratifiedNotInForce()).isEqualTo(1);
        assertThat(summary.signatories()).isEqualTo(1);
        assertThat(summary.joined()).isEqualTo(3);

        TreatySummary after = TreatySummary.of(LocalDate.of(2025, 6, 22), java.util.List.of(afghanistan, lithuania));
        assertThat(after.statesParties()).isEqualTo(1);
    }
}

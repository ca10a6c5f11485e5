package org.ccmdesk.states;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.ccmdesk.system.RuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The dates are those of reference/treaty/states.csv; "today" is 22 June 2025 unless a
 * test says otherwise.
 */
class TreatyRecordTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 22);

    // Afghanistan: signed 3 Dec 2008, ratified 8 Sep 2011, in force 1 Mar 2012
    private final TreatyRecord afghanistan = new TreatyRecord(LocalDate.of(2008, 12, 3), LocalDate.of(2011, 9, 8),
            DepositKind.RATIFICATION, null);

    // Lithuania: signed 3 Dec 2008, ratified 24 Mar 2011, withdrawal effective 6 Mar 2025
    private final TreatyRecord lithuania = new TreatyRecord(LocalDate.of(2008, 12, 3), LocalDate.of(2011, 3, 24),
            DepositKind.RATIFICATION, LocalDate.of(2025, 3, 6));

    // Andorra: acceded 9 Apr 2013 without signing
    private final TreatyRecord andorra = new TreatyRecord(null, LocalDate.of(2013, 4, 9), DepositKind.ACCESSION, null);

    // Indonesia: signed 3 Dec 2008, no instrument deposited
    private final TreatyRecord indonesia = new TreatyRecord(LocalDate.of(2008, 12, 3), null, null, null);

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
        assertThat(andorra.statusOn(LocalDate.of(2013, 4, 8))).isEqualTo(TreatyStatus.NOT_SIGNATORY);
        assertThat(andorra.statusOn(LocalDate.of(2013, 4, 9))).isEqualTo(TreatyStatus.RATIFIED_NOT_IN_FORCE);
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

    private static void assertRefused(Executable change, String field, String messageKey) {
        assertThatThrownBy(change::execute).isInstanceOfSatisfying(RuleViolation.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.messageKey()).isEqualTo(messageKey);
        });
    }

    private static LocalDate day(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    // Art. 15: open for signature from 3 December 2008 until the entry into force on 1
    // August 2010

    @Test
    void aSignatureIsRecordedFromTheOpeningDayToTheDayBeforeEntryIntoForce() {
        // Angola signed in Oslo on the opening day; Djibouti on 30 July 2010, two days
        // before the entry into force
        TreatyRecord angola = TreatyRecord.NONE.recording(TreatyEventKind.SIGNATURE, day(2008, 12, 3), null, TODAY);
        assertThat(angola).isEqualTo(new TreatyRecord(day(2008, 12, 3), null, null, null));
        assertThat(angola.statusOn(TODAY)).isEqualTo(TreatyStatus.SIGNATORY);
        assertThat(TreatyRecord.NONE.recording(TreatyEventKind.SIGNATURE, day(2010, 7, 31), null, TODAY).signature())
            .isEqualTo(day(2010, 7, 31));
    }

    @Test
    void aSignatureBeforeTheOpeningOrFromTheEntryIntoForceIsRefused() {
        // Maldives never signed and acceded in 2019: neither date can be a signature
        assertRefused(() -> TreatyRecord.NONE.recording(TreatyEventKind.SIGNATURE, day(2008, 12, 2), null, TODAY),
                "date", "treatyFact.signatureOutsidePeriod");
        assertRefused(() -> TreatyRecord.NONE.recording(TreatyEventKind.SIGNATURE, day(2010, 8, 1), null, TODAY),
                "date", "treatyFact.signatureOutsidePeriod");
        assertRefused(() -> TreatyRecord.NONE.recording(TreatyEventKind.SIGNATURE, day(2019, 9, 27), null, TODAY),
                "date", "treatyFact.signatureOutsidePeriod");
    }

    @Test
    void aSignatureIsNotCorrectedToAfterTheDeposit() {
        // Seychelles signed on 13 April 2010 and ratified on 20 May 2010
        TreatyRecord seychelles = new TreatyRecord(day(2010, 4, 13), day(2010, 5, 20), DepositKind.RATIFICATION, null);
        assertRefused(() -> seychelles.correcting(TreatyEventKind.SIGNATURE, day(2010, 6, 1), null, TODAY), "date",
                "treatyFact.signatureAfterDeposit");
        assertThat(seychelles.correcting(TreatyEventKind.SIGNATURE, day(2010, 5, 20), null, TODAY).signature())
            .isEqualTo(day(2010, 5, 20));
    }

    // Art. 16: ratification, acceptance or approval by a signatory, accession by a state
    // that has not signed

    @Test
    void aSignatoryRatifies() {
        TreatyRecord ratified = indonesia.recording(TreatyEventKind.DEPOSIT, day(2025, 6, 2), DepositKind.RATIFICATION,
                TODAY);
        assertThat(ratified)
            .isEqualTo(new TreatyRecord(day(2008, 12, 3), day(2025, 6, 2), DepositKind.RATIFICATION, null));
        assertThat(ratified.statusOn(TODAY)).isEqualTo(TreatyStatus.RATIFIED_NOT_IN_FORCE);
        assertThat(ratified.entryIntoForce()).isEqualTo(day(2025, 12, 1));
        // Japan accepted on 14 July 2009 after signing in Oslo: acceptance is like
        // ratification
        TreatyRecord japan = new TreatyRecord(day(2008, 12, 3), null, null, null);
        assertThat(
                japan.recording(TreatyEventKind.DEPOSIT, day(2009, 7, 14), DepositKind.ACCEPTANCE, TODAY).depositKind())
            .isEqualTo(DepositKind.ACCEPTANCE);
    }

    @Test
    void aSignatureOnTheSameDayIsEnoughToRatify() {
        // Ireland, Norway, Sierra Leone and the Holy See signed and ratified in Oslo on 3
        // December 2008
        TreatyRecord ireland = new TreatyRecord(day(2008, 12, 3), null, null, null).recording(TreatyEventKind.DEPOSIT,
                day(2008, 12, 3), DepositKind.RATIFICATION, TODAY);
        assertThat(ireland.deposit()).isEqualTo(day(2008, 12, 3));
        assertThat(ireland.entryIntoForce()).isEqualTo(Article17EntryIntoForce.CONVENTION_IN_FORCE);
    }

    @Test
    void ratificationNeedsASignatureOnOrBeforeIt() {
        // Cameroon signed on 15 December 2009: a ratification the day before is refused,
        // as is one by Andorra, which never signed
        TreatyRecord cameroon = new TreatyRecord(day(2009, 12, 15), null, null, null);
        assertRefused(
                () -> cameroon.recording(TreatyEventKind.DEPOSIT, day(2009, 12, 14), DepositKind.RATIFICATION, TODAY),
                "date", "treatyFact.depositBeforeSignature");
        assertRefused(() -> TreatyRecord.NONE.recording(TreatyEventKind.DEPOSIT, day(2013, 4, 9),
                DepositKind.RATIFICATION, TODAY), "date", "treatyFact.depositBeforeSignature");
        assertRefused(() -> TreatyRecord.NONE.recording(TreatyEventKind.DEPOSIT, day(2013, 4, 9), DepositKind.APPROVAL,
                TODAY), "date", "treatyFact.depositBeforeSignature");
        assertThat(cameroon.recording(TreatyEventKind.DEPOSIT, day(2012, 7, 12), DepositKind.RATIFICATION, TODAY)
            .deposit()).isEqualTo(day(2012, 7, 12));
    }

    @Test
    void accessionIsOnlyForAStateThatHasNotSigned() {
        assertThat(TreatyRecord.NONE.recording(TreatyEventKind.DEPOSIT, day(2013, 4, 9), DepositKind.ACCESSION, TODAY))
            .isEqualTo(andorra);
        assertRefused(
                () -> indonesia.recording(TreatyEventKind.DEPOSIT, day(2024, 1, 10), DepositKind.ACCESSION, TODAY),
                "depositKind", "treatyFact.accessionBySignatory");
    }

    @Test
    void aDepositNeedsItsKindAndADateFromTheOpening() {
        assertRefused(() -> indonesia.recording(TreatyEventKind.DEPOSIT, day(2024, 1, 10), null, TODAY), "depositKind",
                "treatyFact.depositKindRequired");
        assertRefused(() -> TreatyRecord.NONE.recording(TreatyEventKind.DEPOSIT, day(2008, 12, 2),
                DepositKind.ACCESSION, TODAY), "date", "treatyFact.beforeOpening");
    }

    @Test
    void aDepositIsNotCorrectedToTheDayOfTheWithdrawalOrLater() {
        assertRefused(
                () -> lithuania.correcting(TreatyEventKind.DEPOSIT, day(2025, 3, 6), DepositKind.RATIFICATION, TODAY),
                "date", "treatyFact.depositAfterWithdrawal");
        assertThat(lithuania.correcting(TreatyEventKind.DEPOSIT, day(2011, 3, 25), DepositKind.RATIFICATION, TODAY)
            .deposit()).isEqualTo(day(2011, 3, 25));
    }

    // Art. 20: withdrawal of a deposited instrument, recorded on the date it takes effect

    @Test
    void aStatePartyWithdraws() {
        TreatyRecord lithuaniaBefore = new TreatyRecord(day(2008, 12, 3), day(2011, 3, 24), DepositKind.RATIFICATION,
                null);
        TreatyRecord withdrawn = lithuaniaBefore.recording(TreatyEventKind.WITHDRAWAL, day(2025, 3, 6), null, TODAY);
        assertThat(withdrawn).isEqualTo(lithuania);
        assertThat(withdrawn.statusOn(TODAY)).isEqualTo(TreatyStatus.WITHDRAWN);
    }

    @Test
    void onlyAStateThatDepositedWithdrawsAndOnlyAfterTheDeposit() {
        assertRefused(() -> indonesia.recording(TreatyEventKind.WITHDRAWAL, day(2025, 3, 6), null, TODAY), "date",
                "treatyFact.withdrawalWithoutDeposit");
        assertRefused(() -> afghanistan.recording(TreatyEventKind.WITHDRAWAL, day(2011, 9, 8), null, TODAY), "date",
                "treatyFact.withdrawalWithoutDeposit");
        assertRefused(() -> lithuania.correcting(TreatyEventKind.WITHDRAWAL, day(2011, 3, 1), null, TODAY), "date",
                "treatyFact.withdrawalWithoutDeposit");
    }

    // every event

    @Test
    void noEventIsRecordedOrCorrectedToADateAfterToday() {
        // Vanuatu acceded on 5 September 2025: not yet on 22 June 2025, and on the day
        // itself
        assertRefused(() -> TreatyRecord.NONE.recording(TreatyEventKind.DEPOSIT, day(2025, 9, 5), DepositKind.ACCESSION,
                TODAY), "date", "treatyFact.dateInFuture");
        assertThat(TreatyRecord.NONE
            .recording(TreatyEventKind.DEPOSIT, day(2025, 9, 5), DepositKind.ACCESSION, day(2025, 9, 5))
            .statusOn(day(2025, 9, 5))).isEqualTo(TreatyStatus.RATIFIED_NOT_IN_FORCE);
        assertRefused(() -> afghanistan.correcting(TreatyEventKind.DEPOSIT, day(2025, 6, 23), DepositKind.RATIFICATION,
                TODAY), "date", "treatyFact.dateInFuture");
    }

    @Test
    void anEventIsRecordedOnceAndOnlyARecordedOneIsCorrected() {
        // France ratified on 25 September 2009
        TreatyRecord france = new TreatyRecord(day(2008, 12, 3), day(2009, 9, 25), DepositKind.RATIFICATION, null);
        assertRefused(() -> france.recording(TreatyEventKind.DEPOSIT, day(2020, 1, 1), DepositKind.RATIFICATION, TODAY),
                "kind", "treatyFact.alreadyRecorded");
        assertRefused(() -> france.recording(TreatyEventKind.SIGNATURE, day(2008, 12, 4), null, TODAY), "kind",
                "treatyFact.alreadyRecorded");
        assertRefused(
                () -> indonesia.correcting(TreatyEventKind.DEPOSIT, day(2024, 1, 10), DepositKind.RATIFICATION, TODAY),
                "date", "treatyFact.nothingToCorrect");
        // Angola's shipped signature corrected by a day, as in the audit test
        TreatyRecord angola = new TreatyRecord(day(2008, 12, 3), null, null, null);
        assertThat(angola.correcting(TreatyEventKind.SIGNATURE, day(2008, 12, 4), null, TODAY).signature())
            .isEqualTo(day(2008, 12, 4));
        assertThat(france.dateOf(TreatyEventKind.DEPOSIT)).isEqualTo(day(2009, 9, 25));
        assertThat(france.dateOf(TreatyEventKind.WITHDRAWAL)).isNull();
    }

}

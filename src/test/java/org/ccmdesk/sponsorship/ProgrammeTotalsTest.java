package org.ccmdesk.sponsorship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.ccmdesk.system.RuleViolation;
import org.junit.jupiter.api.Test;

/** The money arithmetic of a programme year, in CHF. */
class ProgrammeTotalsTest {

    private static BigDecimal chf(String amount) {
        return new BigDecimal(amount);
    }

    private static ProgrammeTotals year(String received, String pledged, boolean countPledged) {
        return new ProgrammeTotals(2014, countPledged, chf(received), chf(pledged), Money.ZERO, Money.ZERO);
    }

    @Test
    void pledgedFundsCountOnlyWhenTheSettingSaysSo() {
        assertThat(year("1000.00", "500.00", false).counted()).isEqualByComparingTo("1000.00");
        assertThat(year("1000.00", "500.00", true).counted()).isEqualByComparingTo("1500.00");
    }

    @Test
    void anOfferWithinTheAvailableMoneyIsCommitted() {
        ProgrammeTotals after = year("1000.00", "0", false).commit(chf("999.99"));
        assertThat(after.committed()).isEqualByComparingTo("999.99");
        assertThat(after.available()).isEqualByComparingTo("0.01");
        assertThat(after.commit(chf("0.01")).available()).isEqualByComparingTo("0.00");
    }

    @Test
    void anOfferBeyondTheAvailableMoneyIsRefusedWithTheShortfall() {
        ProgrammeTotals totals = year("1000.00", "400.00", false).commit(chf("600.00"));
        assertThatThrownBy(() -> totals.commit(chf("650.50"))).isInstanceOfSatisfying(InsufficientFunds.class, e -> {
            assertThat(e.shortfall()).isEqualByComparingTo("250.50");
            assertThat(e.available()).isEqualByComparingTo("400.00");
            assertThat(e.messageKey()).isEqualTo("sponsorship.shortfall");
        });
    }

    @Test
    void aDeclinedItemGoesBackToAvailable() {
        ProgrammeTotals totals = year("2000.00", "0", false).commit(chf("1500.00")).release(chf("450.00"));
        assertThat(totals.committed()).isEqualByComparingTo("1050.00");
        assertThat(totals.available()).isEqualByComparingTo("950.00");
    }

    @Test
    void paymentTurnsTheCommitmentIntoSpendingAndTheDifferenceGoesBack() {
        ProgrammeTotals totals = year("2000.00", "0", false).commit(chf("1200.00")).pay(chf("1200.00"), chf("1043.35"));
        assertThat(totals.committed()).isEqualByComparingTo("0.00");
        assertThat(totals.spent()).isEqualByComparingTo("1043.35");
        assertThat(totals.available()).isEqualByComparingTo("956.65");
    }

    @Test
    void payingMoreThanCommittedNeedsTheMoneyToo() {
        ProgrammeTotals totals = year("1000.00", "0", false).commit(chf("1000.00"));
        assertThatThrownBy(() -> totals.pay(chf("1000.00"), chf("1000.01"))).isInstanceOfSatisfying(
                InsufficientFunds.class, e -> assertThat(e.shortfall()).isEqualByComparingTo("0.01"));
        assertThat(totals.pay(chf("1000.00"), chf("1000.00")).available()).isEqualByComparingTo("0.00");
    }

    @Test
    void notCountingPledgesAnyMoreCanLeaveTheYearUnbalanced() {
        ProgrammeTotals withPledges = year("100.00", "900.00", true).commit(chf("500.00"));
        ProgrammeTotals without = new ProgrammeTotals(2014, false, withPledges.received(), withPledges.pledged(),
                withPledges.committed(), withPledges.spent());
        assertThat(withPledges.balanced()).isTrue();
        assertThat(without.balanced()).isFalse();
        assertThat(without.available()).isEqualByComparingTo("-400.00");
    }

    @Test
    void otherCurrenciesAreConvertedWithTheRecordedRateToTheCentime() {
        assertThat(Money.toChf(chf("10000.00"), FundCurrency.USD, chf("0.8912"))).isEqualByComparingTo("8912.00");
        assertThat(Money.toChf(chf("333.33"), FundCurrency.EUR, chf("1.215"))).isEqualByComparingTo("405.00");
        assertThatThrownBy(() -> Money.toChf(chf("10"), FundCurrency.CHF, chf("1.1")))
            .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("rate"));
    }

    @Test
    void enteredAmountsArePositiveWithAtMostTwoDecimals() {
        assertThat(Money.entered("amount", chf("12.5"), false)).isEqualByComparingTo("12.50");
        assertThatThrownBy(() -> Money.entered("amount", chf("0"), false)).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> Money.entered("amount", chf("-1"), true)).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> Money.entered("amount", chf("1.005"), false)).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> Money.entered("amount", null, false)).isInstanceOf(RuleViolation.class);
        assertThat(Money.entered("amount", chf("0"), true)).isEqualByComparingTo("0");
    }

}

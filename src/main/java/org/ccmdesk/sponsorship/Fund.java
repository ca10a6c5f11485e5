package org.ccmdesk.sponsorship;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A donor's contribution in its currency, with the rate the secretariat recorded and its
 * value in CHF; {@code meetingId} when it is earmarked for one meeting of the year.
 */
record Fund(long id, int year, Long meetingId, String donor, BigDecimal amount, FundCurrency currency, BigDecimal rate,
        BigDecimal amountChf, FundStatus status, LocalDate pledgedOn, LocalDate receivedOn, String recordedBy,
        OffsetDateTime recordedAt) {

    public LocalDate date() {
        return status == FundStatus.RECEIVED ? receivedOn : pledgedOn;
    }

}

package org.ccmdesk.states;

import java.time.LocalDate;
import java.util.Collection;

/**
 * Headline figures as of a date. {@code statesParties} counts instruments deposited and
 * not withdrawn (as published counts do); {@code joined} adds the signatories that have
 * not ratified.
 */
public record TreatySummary(LocalDate asOf, int statesParties, int inForce, int ratifiedNotInForce, int signatories,
        int joined) {

    static TreatySummary of(LocalDate asOf, Collection<TreatyRecord> records) {
        int inForce = 0;
        int pending = 0;
        int signatories = 0;
        for (TreatyRecord record : records) {
            switch (record.statusOn(asOf)) {
                case IN_FORCE -> inForce++;
                case RATIFIED_NOT_IN_FORCE -> pending++;
                case SIGNATORY -> signatories++;
                default -> {
                }
            }
        }
        int parties = inForce + pending;
        return new TreatySummary(asOf, parties, inForce, pending, signatories, parties + signatories);
    }
}

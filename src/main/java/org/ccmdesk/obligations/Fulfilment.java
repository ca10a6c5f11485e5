package org.ccmdesk.obligations;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * What a state did to meet one obligation instance (or a voluntary report, without a
 * rule): when, the evidence and its source, a document or a link; for Article 7 reports
 * their kind, year, language and forms. Reported by the state until the secretariat
 * verifies it.
 */
record Fulfilment(long id, String iso3, String ruleId, String instance, LocalDate metOn, String evidence, String source,
        String link, Long documentId, ReportKind reportKind, Integer reportYear, String language, String forms,
        boolean reportedByState, String recordedBy, OffsetDateTime recordedAt, String verifiedBy,
        OffsetDateTime verifiedAt) {

    public boolean verified() {
        return verifiedAt != null;
    }
}

package org.ccmdesk.obligations;

/**
 * Article 7 transparency reports: the initial one, the annual ones, and voluntary ones by
 * signatories and observers.
 */
enum ReportKind {

    INITIAL, ANNUAL, VOLUNTARY;

    public String messageKey() {
        return "reportKind." + name();
    }

}

package org.ccmdesk.statements;

import java.time.LocalDate;
import java.util.List;

import org.ccmdesk.states.Party;

/**
 * A statement of a delegation at a meeting, on an agenda item: private to its delegation
 * and the secretariat until published.
 */
record Statement(long id, long meetingId, long agendaItemId, Party party, StatementCategory category,
        UnLanguage language, String title, String body, String pdfName, LocalDate deliveredOn, boolean published,
        List<Long> useIds) {

    public boolean hasPdf() {
        return pdfName != null;
    }

}

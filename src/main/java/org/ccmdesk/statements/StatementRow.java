package org.ccmdesk.statements;

import java.time.LocalDate;

/** A statement in a list: who, where, what, when. */
record StatementRow(long id, String partyName, String partyKey, String meetingName, long meetingId, long itemId,
        String itemTitle, StatementCategory category, UnLanguage language, String title, LocalDate deliveredOn,
        boolean published, boolean hasPdf) {
}

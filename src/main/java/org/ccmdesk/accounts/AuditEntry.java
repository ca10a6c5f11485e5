package org.ccmdesk.accounts;

import java.time.OffsetDateTime;

/** One line of the audit log. */
record AuditEntry(long id, OffsetDateTime occurredAt, String actor, String clientAddress, String entityType,
        String entityId, String action, String oldValue, String newValue, String reason) {
}

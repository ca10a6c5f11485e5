package org.ccmdesk.accounts;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit log of one record, oldest first, for a module that shows its history (the
 * sponsorship ledger's movements). The caller checks who may see it.
 */
@Service
@Transactional(readOnly = true)
public class AuditLog {

    /** One entry: when, who, what, and the values written (JSON). */
    public record Entry(long id, OffsetDateTime occurredAt, String actor, String action, String oldValue,
            String newValue, String reason) {
    }

    private final JdbcClient jdbc;

    AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Entry> of(String entityType, String entityId) {
        return jdbc.sql("""
                select id, occurred_at, actor, action, old_value, new_value, reason from audit_entry
                 where entity_type = :type and entity_id = :id order by occurred_at, id""")
            .param("type", entityType)
            .param("id", entityId)
            .query((rs, n) -> new Entry(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class),
                    rs.getString("actor"), rs.getString("action"), rs.getString("old_value"), rs.getString("new_value"),
                    rs.getString("reason")))
            .list();
    }

}

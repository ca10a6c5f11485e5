package org.ccmdesk.accounts;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.time.OffsetDateTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reading the audit log with filters, newest first. */
@Component
@Transactional(readOnly = true)
class AuditQueries {

    /**
     * The filters of the audit page; blank means any. Dates are inclusive days in the
     * given zone.
     */
    record Filter(String entityType, String entityId, String actor, LocalDate from, LocalDate to) {
    }

    private final JdbcClient jdbc;

    AuditQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<AuditEntry> find(Filter filter, ZoneId zone, int offset, int limit) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, zone, params);
        params.put("offset", offset);
        params.put("limit", limit);
        return jdbc
            .sql("select * from audit_entry" + where + " order by occurred_at desc, id desc"
                    + " offset :offset rows fetch next :limit rows only")
            .params(params)
            .query((rs, n) -> new AuditEntry(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class),
                    rs.getString("actor"), rs.getString("client_address"), rs.getString("entity_type"),
                    rs.getString("entity_id"), rs.getString("action"), rs.getString("old_value"),
                    rs.getString("new_value"), rs.getString("reason")))
            .list();
    }

    int count(Filter filter, ZoneId zone) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, zone, params);
        return jdbc.sql("select count(*) from audit_entry" + where).params(params).query(Integer.class).single();
    }

    List<String> entityTypes() {
        return jdbc.sql("select distinct entity_type from audit_entry order by entity_type").query(String.class).list();
    }

    private static String where(Filter filter, ZoneId zone, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (filter.entityType() != null && !filter.entityType().isBlank()) {
            where.append(" and entity_type = :type");
            params.put("type", filter.entityType());
        }
        if (filter.entityId() != null && !filter.entityId().isBlank()) {
            where.append(" and entity_id = :entityId");
            params.put("entityId", filter.entityId().trim());
        }
        if (filter.actor() != null && !filter.actor().isBlank()) {
            where.append(" and actor = :actor");
            params.put("actor", filter.actor().trim().toLowerCase(java.util.Locale.ROOT));
        }
        if (filter.from() != null) {
            where.append(" and occurred_at >= :from");
            params.put("from", filter.from().atStartOfDay(zone).toOffsetDateTime());
        }
        if (filter.to() != null) {
            where.append(" and occurred_at < :to");
            params.put("to", filter.to().plusDays(1).atStartOfDay(zone).toOffsetDateTime());
        }
        return where.toString();
    }

}

package org.ccmdesk.system;

import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * A change made through the application, published by the module that made it inside its
 * transaction. The accounts module writes it to the audit log in that same transaction,
 * with who made it and from where; if the audit row cannot be written, the change is
 * rolled back. Values are JSON objects of the fields that matter, {@code null} when there
 * is none (creation).
 */
public record AuditedChange(String entityType, String entityId, String action, String oldValue, String newValue,
        String reason) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public static AuditedChange of(String entityType, Object entityId, String action, Map<String, ?> oldValue,
            Map<String, ?> newValue, String reason) {
        return new AuditedChange(entityType, String.valueOf(entityId), action, json(oldValue), json(newValue), reason);
    }

    private static String json(Map<String, ?> value) {
        return value == null ? null : JSON.writeValueAsString(new LinkedHashMap<>(value));
    }
}

package org.ccmdesk.accounts;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** One line of the audit log. */
record AuditEntry(long id, OffsetDateTime occurredAt, String actor, String clientAddress, String entityType,
        String entityId, String action, String oldValue, String newValue, String reason) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * The client's address as a person reads it (entries written before were not
     * shortened).
     */
    public String shownAddress() {
        return ClientAddress.shown(clientAddress);
    }

    /** One field that changed: its value before and after (null: none). */
    record Change(String field, String before, String after) {
    }

    /**
     * What changed, field by field, in the order the fields were written: "field: old ->
     * new" for a person to read instead of two JSON documents. Fields whose value did not
     * change are left out; a value that is not a JSON object is shown as one field "-".
     */
    public List<Change> changes() {
        Map<String, String> before = fields(oldValue);
        Map<String, String> after = fields(newValue);
        Set<String> names = new LinkedHashSet<>(before.keySet());
        names.addAll(after.keySet());
        List<Change> changes = new ArrayList<>();
        for (String name : names) {
            String was = before.get(name);
            String now = after.get(name);
            if (!Objects.equals(was, now)) {
                changes.add(new Change(name, was, now));
            }
        }
        return changes;
    }

    private static Map<String, String> fields(String json) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (json == null || json.isBlank()) {
            return fields;
        }
        try {
            JsonNode node = JSON.readTree(json);
            if (node.isObject()) {
                for (Map.Entry<String, JsonNode> field : node.properties()) {
                    JsonNode value = field.getValue();
                    fields.put(field.getKey(),
                            value.isNull() ? null : value.isValueNode() ? value.asString() : value.toString());
                }
                return fields;
            }
        }
        catch (JacksonException e) {
            // not JSON: shown as it is
        }
        fields.put("-", json);
        return fields;
    }

}

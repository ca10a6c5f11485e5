package org.ccmdesk.system;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/**
 * Runs an insert and answers the {@code id} the database generated for the new row.
 * Reading it back with a query (the highest id, or the row with the same name) can return
 * another request's row when two inserts run at the same time.
 */
public final class GeneratedId {

    private GeneratedId() {
    }

    public static long insert(JdbcClient.StatementSpec insert) {
        KeyHolder keys = new GeneratedKeyHolder();
        insert.update(keys, "id");
        Number id = keys.getKey();
        if (id == null) {
            throw new IllegalStateException("The insert generated no id");
        }
        return id.longValue();
    }

}

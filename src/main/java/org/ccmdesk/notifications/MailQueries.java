package org.ccmdesk.notifications;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Finding kept messages: by words of the recipient, subject or cause, by state, newest
 * first.
 */
@Repository
class MailQueries {

    private final JdbcClient jdbc;

    MailQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    int count(Filter filter) {
        Map<String, Object> params = new HashMap<>();
        return jdbc.sql("select count(*) from mail_message m" + where(filter, params))
            .params(params)
            .query(Integer.class)
            .single();
    }

    List<MailMessageView> find(Filter filter, int offset, int limit) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, params);
        params.put("limit", limit);
        params.put("offset", offset);
        return jdbc
            .sql(MailMessageView.SELECT + where + " order by m.id desc offset :offset rows fetch next :limit rows only")
            .params(params)
            .query(MailMessageView.class)
            .list();
    }

    /** How many messages are in each state. */
    List<StatusCount> countsByStatus() {
        return jdbc.sql("select status, count(*) as messages from mail_message group by status order by status")
            .query(StatusCount.class)
            .list();
    }

    private static String where(Filter filter, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (filter.status() != null) {
            where.append(" and m.status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.words() != null) {
            where.append(" and (lower(m.recipient) like :words or lower(m.subject) like :words")
                .append(" or lower(m.cause) like :words or lower(coalesce(m.recipient_name, '')) like :words)");
            params.put("words", "%" + filter.words().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%");
        }
        return where.toString();
    }

    record Filter(String words, MailStatus status) {

        Filter {
            words = words == null || words.isBlank() ? null : words.strip();
        }

    }

    record StatusCount(String status, long messages) {
    }

}

package org.ccmdesk.briefings;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The briefing packs still being built, for the secretariat's desk: each with its
 * progress page. A finished or failed pack is not listed.
 */
@Service
@Transactional(readOnly = true)
public class RunningBriefingPacks {

    private final JdbcClient jdbc;

    RunningBriefingPacks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A pack being built: how many of its memos are done. */
    public record Pack(String id, long meetingId, int done, int total) {

        /** The pack's progress page. */
        public String path() {
            return "/briefing-packs/" + id;
        }

    }

    /** The packs being built, oldest first. */
    public List<Pack> running() {
        return jdbc
            .sql("select id, meeting_id, done, total from briefing_pack where status = 'RUNNING'"
                    + " order by created_at, id")
            .query((rs, n) -> new Pack(rs.getString("id"), rs.getLong("meeting_id"), rs.getInt("done"),
                    rs.getInt("total")))
            .list();
    }

}

package org.ccmdesk.invitations;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The letter builds and the mailings of invitations still running, for the secretariat's
 * desk: each with its progress page. A finished or failed job is not listed.
 */
@Service
@Transactional(readOnly = true)
public class RunningInvitationJobs {

    private final JdbcClient jdbc;

    RunningInvitationJobs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A running job: {@code kind} is {@code letters} (building the letters) or
     * {@code mailing} (sending them by e-mail).
     */
    public record Job(String kind, String id, long meetingId, int done, int total) {

        /** The job's progress page. */
        public String path() {
            return ("letters".equals(kind) ? "/invitation-jobs/" : "/invitation-mailings/") + id;
        }

    }

    /** The running jobs, oldest first. */
    public List<Job> running() {
        return jdbc.sql("""
                select 'letters' as kind, id, meeting_id, done, total, created_at
                  from invitation_letter_job where status = 'RUNNING'
                union all
                select 'mailing' as kind, id, meeting_id, done, total, created_at
                  from invitation_mailing where status = 'RUNNING'
                 order by created_at, id""")
            .query((rs, n) -> new Job(rs.getString("kind"), rs.getString("id"), rs.getLong("meeting_id"),
                    rs.getInt("done"), rs.getInt("total")))
            .list();
    }

}

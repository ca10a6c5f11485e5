package org.ccmdesk.system;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.JobListener;
import org.quartz.SchedulerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes each run of a background job to {@code background_run}: which job, for which
 * scheduled time, on which instance, when it started and ended, and how. This is what the
 * secretariat sees of daily work, and how a test sees that a daily job ran once although
 * several instances were up.
 */
@Component
class BackgroundRuns implements JobListener {

    private static final Logger log = LoggerFactory.getLogger(BackgroundRuns.class);

    private static final String RUN_ID = "ccm.background-run.id";

    private final JdbcClient jdbc;

    private final Clock clock;

    BackgroundRuns(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public String getName() {
        return "ccm-background-runs";
    }

    @Override
    public void jobToBeExecuted(JobExecutionContext context) {
        if (Boolean.TRUE.equals(context.getMergedJobDataMap().get(BackgroundWork.UNRECORDED))) {
            return;
        }
        try {
            long id = GeneratedId.insert(jdbc.sql("""
                    insert into background_run (job_name, fire_id, scheduled_for, instance, started_at)
                    values (:job, :fire, :scheduled, :instance, :now)""")
                .param("job", context.getJobDetail().getKey().getName())
                .param("fire", context.getFireInstanceId())
                .param("scheduled",
                        context.getScheduledFireTime() == null ? null
                                : OffsetDateTime.ofInstant(context.getScheduledFireTime().toInstant(), ZoneOffset.UTC))
                .param("instance", context.getScheduler().getSchedulerInstanceId())
                .param("now", OffsetDateTime.now(clock)));
            context.put(RUN_ID, id);
        }
        catch (SchedulerException | RuntimeException e) {
            log.warn("Could not record the start of job {}", context.getJobDetail().getKey(), e);
        }
    }

    @Override
    public void jobExecutionVetoed(JobExecutionContext context) {
    }

    @Override
    public void jobWasExecuted(JobExecutionContext context, JobExecutionException failure) {
        if (!(context.get(RUN_ID) instanceof Long id)) {
            return;
        }
        String outcome = failure != null ? "FAILED: " + failure.getMessage()
                : context.getResult() == null ? "OK" : String.valueOf(context.getResult());
        try {
            jdbc.sql("update background_run set finished_at = :now, outcome = :outcome where id = :id")
                .param("now", OffsetDateTime.now(clock))
                .param("outcome", outcome.length() > 1000 ? outcome.substring(0, 1000) : outcome)
                .param("id", id)
                .update();
        }
        catch (RuntimeException e) {
            log.warn("Could not record the end of job {}", context.getJobDetail().getKey(), e);
        }
    }

}

package org.ccmdesk.system;

import java.time.ZoneId;
import java.util.Map;
import java.util.TimeZone;

import org.quartz.CronScheduleBuilder;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDataMap;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.stereotype.Service;

/**
 * Background work on Quartz's clustered JDBC job store, for every module. A module
 * declares its daily jobs as beans ({@link #dailyJob}, {@link #dailyTrigger}), which
 * Spring Boot registers with the scheduler; long work for one request (a batch of
 * letters) is {@link #submit submitted}: stored in the transaction of the request, run
 * once on one instance, and recovered by another (or by the same one at its next start)
 * if the instance running it stops.
 */
@Service
public class BackgroundWork {

    /** The group of jobs submitted for one request; daily jobs have the default group. */
    public static final String ONE_OFF = "one-off";

    static final String UNRECORDED = "ccm.unrecorded";

    private final Scheduler scheduler;

    BackgroundWork(Scheduler scheduler) {
        this.scheduler = scheduler;
    }

    /**
     * Stores a job of the given type under {@code name} that runs now (on any instance),
     * with {@code data} for it to read; if the transaction around this call rolls back,
     * the job is not stored either. A job that runs again after a recovery must pick up
     * where it stopped.
     */
    public void submit(Class<? extends Job> type, String name, Map<String, ?> data) {
        JobDetail job = JobBuilder.newJob(type)
            .withIdentity(name, ONE_OFF)
            .usingJobData(new JobDataMap(data))
            .requestRecovery()
            .build();
        Trigger now = TriggerBuilder.newTrigger()
            .withIdentity(name, ONE_OFF)
            .startNow()
            .withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
            .build();
        try {
            scheduler.scheduleJob(job, now);
        }
        catch (SchedulerException e) {
            throw new IllegalStateException("Could not store background job " + name, e);
        }
    }

    /**
     * Runs a declared job once more, now, on one instance (in addition to its schedule).
     */
    public void runNow(String jobName) {
        try {
            scheduler.triggerJob(JobKey.jobKey(jobName));
        }
        catch (SchedulerException e) {
            throw new IllegalStateException("Could not start background job " + jobName, e);
        }
    }

    /** A durable job for a module to declare as a bean, with its trigger. */
    public static JobDetail dailyJob(Class<? extends Job> type, String name, String description) {
        return JobBuilder.newJob(type).withIdentity(name).withDescription(description).storeDurably().build();
    }

    /**
     * The trigger of a declared job: a Quartz cron expression (seconds first, {@code ?}
     * for the day of the week or month) in the Convention's time zone. A run missed while
     * no instance was up is made at the next start.
     */
    public static Trigger dailyTrigger(JobDetail job, String cron, ZoneId zone) {
        return TriggerBuilder.newTrigger()
            .forJob(job)
            .withIdentity(job.getKey().getName())
            .withSchedule(CronScheduleBuilder.cronSchedule(cron)
                .inTimeZone(TimeZone.getTimeZone(zone))
                .withMisfireHandlingInstructionFireAndProceed())
            .build();
    }

    /**
     * A durable job that repeats every few seconds (such as delivering mail), declared as
     * a bean with {@link #repeatingTrigger}; its runs are too many to be written to the
     * record of runs.
     */
    public static JobDetail repeatingJob(Class<? extends Job> type, String name, String description) {
        return JobBuilder.newJob(type)
            .withIdentity(name)
            .withDescription(description)
            .usingJobData(UNRECORDED, true)
            .storeDurably()
            .build();
    }

    /** A declared job that repeats every {@code seconds} (such as delivering mail). */
    public static Trigger repeatingTrigger(JobDetail job, int seconds) {
        return TriggerBuilder.newTrigger()
            .forJob(job)
            .withIdentity(job.getKey().getName())
            .withSchedule(SimpleScheduleBuilder.repeatSecondlyForever(seconds)
                .withMisfireHandlingInstructionNextWithRemainingCount())
            .build();
    }

}

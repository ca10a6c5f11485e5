package org.ccmdesk.invitations;

import java.util.Map;

import org.ccmdesk.system.BackgroundWork;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobDataMap;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Quartz job that builds the letters of one {@link LetterJobs letter job}. It is
 * submitted in the transaction that records the job, runs once on one instance and, if
 * that instance stops, is run again by the instance that recovers it (Quartz's clustered
 * store, with recovery requested); each run builds only the letters not stored yet.
 */
@DisallowConcurrentExecution
class LetterBatchJob implements Job {

    private static final Logger log = LoggerFactory.getLogger(LetterBatchJob.class);

    static final String JOB_ID = "jobId";

    static final String MEETING_ID = "meetingId";

    private final LetterJobs jobs;

    LetterBatchJob(LetterJobs jobs) {
        this.jobs = jobs;
    }

    /** Stores the job that builds letter job {@code id}; call it inside a transaction. */
    static void submit(BackgroundWork background, String id, long meetingId) {
        background.submit(LetterBatchJob.class, name(id), Map.of(JOB_ID, id, MEETING_ID, meetingId));
    }

    static String name(String id) {
        return "invitations.letters:" + id;
    }

    @Override
    public void execute(JobExecutionContext context) {
        JobDataMap data = context.getMergedJobDataMap();
        String id = data.getString(JOB_ID);
        if (context.isRecovering()) {
            log.info("Letter job {} was interrupted by the stop of its instance; continuing it here", id);
        }
        context.setResult("letters built " + jobs.build(id, data.getLong(MEETING_ID)));
    }

}

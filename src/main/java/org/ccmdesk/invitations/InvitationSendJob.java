package org.ccmdesk.invitations;

import org.quartz.Job;
import org.quartz.JobExecutionContext;

/**
 * The background run of one mailing ({@link InvitationMailings#run}); stored with
 * recovery, so that another instance (or this one at its next start) goes on with it if
 * the instance running it stops.
 */
class InvitationSendJob implements Job {

    static final String MAILING = "mailing";

    private final InvitationMailings mailings;

    InvitationSendJob(InvitationMailings mailings) {
        this.mailings = mailings;
    }

    @Override
    public void execute(JobExecutionContext context) {
        String mailing = context.getMergedJobDataMap().getString(MAILING);
        mailings.run(mailing);
        context.setResult("mailing " + mailing);
    }

}

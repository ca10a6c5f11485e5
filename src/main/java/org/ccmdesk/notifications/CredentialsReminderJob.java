package org.ccmdesk.notifications;

import java.time.Clock;
import java.time.LocalDate;

import org.ccmdesk.system.BackgroundWork;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.Trigger;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every morning ({@code ccm.notifications.credentials-cron}), the reminders to
 * delegations still without credentials for a meeting soon to begin
 * ({@link CredentialsReminders}).
 */
@DisallowConcurrentExecution
class CredentialsReminderJob implements Job {

    static final String NAME = "notifications.credentials-reminder";

    private final CredentialsReminders reminders;

    private final Clock clock;

    CredentialsReminderJob(CredentialsReminders reminders, Clock clock) {
        this.reminders = reminders;
        this.clock = clock;
    }

    @Override
    public void execute(JobExecutionContext context) {
        context.setResult("reminders written " + reminders.remind(LocalDate.now(clock)));
    }

    @Configuration(proxyBeanMethods = false)
    static class Schedule {

        @Bean
        JobDetail credentialsReminderJob() {
            return BackgroundWork.dailyJob(CredentialsReminderJob.class, NAME,
                    "Reminds delegations without credentials before a meeting");
        }

        @Bean
        Trigger credentialsReminderTrigger(@Value("${ccm.notifications.credentials-cron:0 30 6 * * ?}") String cron,
                Clock clock) {
            return BackgroundWork.dailyTrigger(credentialsReminderJob(), cron, clock.getZone());
        }

    }

}

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
 * Keeps the day's obligation reminders every morning
 * ({@code ccm.notifications.reminder-cron}, Geneva time), on one instance; "today" is the
 * application's clock.
 */
@DisallowConcurrentExecution
class ObligationReminderJob implements Job {

    static final String NAME = "notifications.obligation-reminders";

    private final ObligationReminders reminders;

    private final Clock clock;

    ObligationReminderJob(ObligationReminders reminders, Clock clock) {
        this.reminders = reminders;
        this.clock = clock;
    }

    @Override
    public void execute(JobExecutionContext context) {
        context.setResult("messages kept " + reminders.send(LocalDate.now(clock)));
    }

    @Configuration(proxyBeanMethods = false)
    static class Schedule {

        @Bean
        JobDetail obligationReminderJob() {
            return BackgroundWork.dailyJob(ObligationReminderJob.class, NAME,
                    "Reminds the focal points of States Parties of their obligations' deadlines");
        }

        @Bean
        Trigger obligationReminderTrigger(@Value("${ccm.notifications.reminder-cron:0 0 6 * * ?}") String cron,
                Clock clock) {
            return BackgroundWork.dailyTrigger(obligationReminderJob(), cron, clock.getZone());
        }

    }

}

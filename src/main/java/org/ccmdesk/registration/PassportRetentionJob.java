package org.ccmdesk.registration;

import java.time.Clock;

import org.ccmdesk.system.BackgroundWork;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.Trigger;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Deletes expired passport details every night ({@link PassportRetention}). */
@DisallowConcurrentExecution
class PassportRetentionJob implements Job {

    static final String NAME = "registration.passport-retention";

    private final PassportRetention retention;

    PassportRetentionJob(PassportRetention retention) {
        this.retention = retention;
    }

    @Override
    public void execute(JobExecutionContext context) {
        retention.daily();
    }

    @Configuration(proxyBeanMethods = false)
    static class Schedule {

        @Bean
        JobDetail passportRetentionJob() {
            return BackgroundWork.dailyJob(PassportRetentionJob.class, NAME,
                    "Deletes passport details after their retention period");
        }

        @Bean
        Trigger passportRetentionTrigger(@Value("${ccm.registration.passport-retention-cron:0 15 3 * * ?}") String cron,
                Clock clock) {
            return BackgroundWork.dailyTrigger(passportRetentionJob(), cron, clock.getZone());
        }

    }

}

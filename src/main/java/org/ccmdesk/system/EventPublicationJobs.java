package org.ccmdesk.system;

import java.time.Duration;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.Trigger;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.IncompleteEventPublications;

/**
 * The stored events between modules, kept healthy on Quartz: an event whose listener
 * failed (its database was briefly unreachable, say) is published again after a while,
 * without waiting for a restart; listeners make the same message once per cause, so a
 * second delivery of an event does no harm. Completed publications are deleted after a
 * month.
 */
@Configuration(proxyBeanMethods = false)
class EventPublicationJobs {

    static final String RETRY = "system.event-retry";

    static final String CLEANUP = "system.event-cleanup";

    @Bean
    JobDetail eventRetryJob() {
        return BackgroundWork.repeatingJob(RetryJob.class, RETRY, "Publishes again events whose listener failed");
    }

    @Bean
    Trigger eventRetryTrigger(@Value("${ccm.events.retry-interval-seconds:120}") int seconds) {
        return BackgroundWork.repeatingTrigger(eventRetryJob(), seconds);
    }

    @Bean
    JobDetail eventCleanupJob() {
        return BackgroundWork.dailyJob(CleanupJob.class, CLEANUP, "Deletes completed event publications after a month");
    }

    @Bean
    Trigger eventCleanupTrigger(@Value("${ccm.events.cleanup-cron:0 50 3 * * ?}") String cron, java.time.Clock clock) {
        return BackgroundWork.dailyTrigger(eventCleanupJob(), cron, clock.getZone());
    }

    @DisallowConcurrentExecution
    static class RetryJob implements Job {

        private final IncompleteEventPublications incomplete;

        private final Duration age;

        RetryJob(IncompleteEventPublications incomplete, @Value("${ccm.events.retry-after:5m}") Duration age) {
            this.incomplete = incomplete;
            this.age = age;
        }

        @Override
        public void execute(JobExecutionContext context) {
            incomplete.resubmitIncompletePublicationsOlderThan(age);
        }

    }

    @DisallowConcurrentExecution
    static class CleanupJob implements Job {

        private final CompletedEventPublications completed;

        CleanupJob(CompletedEventPublications completed) {
            this.completed = completed;
        }

        @Override
        public void execute(JobExecutionContext context) {
            completed.deletePublicationsOlderThan(Duration.ofDays(30));
        }

    }

}

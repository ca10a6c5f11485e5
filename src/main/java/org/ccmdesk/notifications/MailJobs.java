package org.ccmdesk.notifications;

import java.time.Clock;
import java.time.OffsetDateTime;

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
 * The background work of mail, on Quartz: delivering waiting messages every few seconds
 * (on one instance at a time), and deleting the bodies of messages older than the
 * retention every night.
 */
@Configuration(proxyBeanMethods = false)
class MailJobs {

    static final String DELIVERY = "notifications.mail-delivery";

    static final String RETENTION = "notifications.mail-retention";

    @Bean
    JobDetail mailDeliveryJob() {
        return BackgroundWork.repeatingJob(DeliveryJob.class, DELIVERY, "Hands waiting messages to the mail server");
    }

    @Bean
    Trigger mailDeliveryTrigger(MailSettings settings) {
        return BackgroundWork.repeatingTrigger(mailDeliveryJob(), settings.deliveryIntervalSeconds());
    }

    @Bean
    JobDetail mailRetentionJob() {
        return BackgroundWork.dailyJob(RetentionJob.class, RETENTION,
                "Deletes bodies and attachments of messages older than the retention");
    }

    @Bean
    Trigger mailRetentionTrigger(@Value("${ccm.mail.retention-cron:0 40 3 * * ?}") String cron, Clock clock) {
        return BackgroundWork.dailyTrigger(mailRetentionJob(), cron, clock.getZone());
    }

    @DisallowConcurrentExecution
    static class DeliveryJob implements Job {

        private final MailDelivery delivery;

        DeliveryJob(MailDelivery delivery) {
            this.delivery = delivery;
        }

        @Override
        public void execute(JobExecutionContext context) {
            context.setResult("sent " + delivery.deliverDue());
        }

    }

    @DisallowConcurrentExecution
    static class RetentionJob implements Job {

        private final MailMessages messages;

        private final MailSettings settings;

        private final Clock clock;

        RetentionJob(MailMessages messages, MailSettings settings, Clock clock) {
            this.messages = messages;
            this.settings = settings;
            this.clock = clock;
        }

        @Override
        public void execute(JobExecutionContext context) {
            OffsetDateTime now = OffsetDateTime.now(clock);
            context
                .setResult("bodies deleted " + messages.deleteBodiesBefore(now.minus(settings.bodyRetention()), now));
        }

    }

}

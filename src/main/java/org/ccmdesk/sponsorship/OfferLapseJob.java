package org.ccmdesk.sponsorship;

import org.ccmdesk.system.BackgroundWork;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.Trigger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Lapses the offers not answered by their expiry, every few minutes on one instance (an
 * offer expires at the end of its day in Geneva; two runs at once lapse each offer once:
 * the programme's lock and the compare-and-set decide).
 */
@DisallowConcurrentExecution
class OfferLapseJob implements Job {

    static final String NAME = "sponsorship.offer-lapse";

    private static final Logger LOG = LoggerFactory.getLogger(OfferLapseJob.class);

    private final OfferLapses offers;

    OfferLapseJob(OfferLapses offers) {
        this.offers = offers;
    }

    @Override
    public void execute(JobExecutionContext context) {
        int lapsed = offers.lapseExpired();
        if (lapsed > 0) {
            LOG.info("Lapsed {} sponsorship offers not answered by their expiry", lapsed);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Schedule {

        @Bean
        JobDetail sponsorshipOfferLapseJob() {
            return BackgroundWork.repeatingJob(OfferLapseJob.class, NAME,
                    "Lapses sponsorship offers not answered by their expiry");
        }

        @Bean
        Trigger sponsorshipOfferLapseTrigger(@Value("${ccm.sponsorship.lapse-interval-seconds:300}") int seconds) {
            return BackgroundWork.repeatingTrigger(sponsorshipOfferLapseJob(), seconds);
        }

    }

}

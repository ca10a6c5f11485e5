package org.ccmdesk.registration;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.ccmdesk.system.AuditedChange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Passport details are kept only as long as a visa letter may be needed: they are deleted
 * once every meeting the person registered for ended more than the retention period ago.
 * One statement; it runs as a Quartz job, once a night on one of the instances.
 */
@Component
class PassportRetention {

    private static final Logger LOG = LoggerFactory.getLogger(PassportRetention.class);

    private final JdbcClient jdbc;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    private final int retentionDays;

    PassportRetention(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock, RegistrationSettings settings) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
        this.retentionDays = settings.passportRetentionDays();
    }

    /** Run by {@link PassportRetentionJob} every night, on one instance. */
    @Transactional
    public void daily() {
        int deleted = deleteExpired(LocalDate.now(clock));
        if (deleted > 0) {
            LOG.info("Deleted the passport details of {} participants ({} days after their last meeting)", deleted,
                    retentionDays);
        }
    }

    /** Deletes what is due on {@code today} and answers for how many people. */
    @Transactional
    int deleteExpired(LocalDate today) {
        LocalDate endedBefore = today.minusDays(retentionDays);
        int deleted = jdbc
            .sql("""
                    update participant set passport_number = null, passport_issuer = null, passport_expiry = null, birth_date = null,
                           birth_place = null, passport_deleted_on = :today
                     where (passport_number is not null or birth_date is not null or birth_place is not null
                            or passport_expiry is not null or passport_issuer is not null)
                       and exists (select 1 from registration r where r.participant_id = participant.id)
                       and not exists (select 1 from registration r join meeting m on m.id = r.meeting_id
                                        where r.participant_id = participant.id and m.last_day >= :endedBefore)""")
            .param("today", today)
            .param("endedBefore", endedBefore)
            .update();
        if (deleted > 0) {
            events.publishEvent(AuditedChange.of("participant", "*", "PASSPORT_DETAILS_DELETED", null,
                    Map.of("participants", deleted, "retentionDays", retentionDays, "on", today.toString()), null));
        }
        return deleted;
    }

    int retentionDays() {
        return retentionDays;
    }

}

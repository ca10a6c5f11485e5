package org.ccmdesk.system;

import java.util.List;
import java.util.Objects;

import org.quartz.CronTrigger;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleTrigger;
import org.quartz.Trigger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Applies a changed schedule (a new cron expression in the settings, say) to the trigger
 * Quartz has stored, and only then: replacing every trigger at every start, as Spring's
 * {@code overwrite-existing-jobs} does, makes a starting instance fire again a run that
 * another instance has just made (a test with two instances saw it), and forgets a run
 * missed while no instance was up.
 */
@Component
class ScheduleChanges {

    private static final Logger log = LoggerFactory.getLogger(ScheduleChanges.class);

    private final Scheduler scheduler;

    private final List<Trigger> declared;

    ScheduleChanges(Scheduler scheduler, List<Trigger> declared) {
        this.scheduler = scheduler;
        this.declared = declared;
    }

    @EventListener(ApplicationReadyEvent.class)
    void applyChangedSchedules() throws SchedulerException {
        for (Trigger trigger : declared) {
            Trigger stored = scheduler.getTrigger(trigger.getKey());
            if (stored != null && !sameSchedule(stored, trigger)) {
                log.info("The schedule of {} changed: rescheduled", trigger.getKey());
                scheduler.rescheduleJob(trigger.getKey(), trigger);
            }
        }
    }

    static boolean sameSchedule(Trigger stored, Trigger declared) {
        if (stored instanceof CronTrigger a && declared instanceof CronTrigger b) {
            return a.getCronExpression().equals(b.getCronExpression()) && a.getTimeZone().equals(b.getTimeZone());
        }
        if (stored instanceof SimpleTrigger a && declared instanceof SimpleTrigger b) {
            return a.getRepeatInterval() == b.getRepeatInterval() && a.getRepeatCount() == b.getRepeatCount();
        }
        return Objects.equals(stored.getClass(), declared.getClass());
    }

}

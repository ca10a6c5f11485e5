package org.ccmdesk.briefings;

import java.util.Map;

import org.ccmdesk.system.BackgroundWork;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobDataMap;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Quartz job that builds one {@link BriefingPacks briefing pack}: submitted in the
 * transaction that records the pack, run once on one instance, run again by the instance
 * that recovers it if that one stops; each run builds only the memos not stored yet.
 */
@DisallowConcurrentExecution
class BriefingPackJob implements Job {

    private static final Logger log = LoggerFactory.getLogger(BriefingPackJob.class);

    static final String PACK_ID = "packId";

    private final BriefingPacks packs;

    BriefingPackJob(BriefingPacks packs) {
        this.packs = packs;
    }

    static void submit(BackgroundWork background, String id) {
        background.submit(BriefingPackJob.class, "briefings.pack:" + id, Map.of(PACK_ID, id));
    }

    @Override
    public void execute(JobExecutionContext context) {
        JobDataMap data = context.getMergedJobDataMap();
        String id = data.getString(PACK_ID);
        if (context.isRecovering()) {
            log.info("Briefing pack {} was interrupted by the stop of its instance; continuing it here", id);
        }
        context.setResult("memos built " + packs.build(id));
    }

}

package org.ccmdesk.statements;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * At every start, after the reference import: the shipped reports of use that are not in
 * the database yet (by their seed key) and their episodes, so a restart or a second
 * instance adds nothing twice and a row changed by the secretariat is never overwritten.
 * Each insert is a statement of its own: an instance that loses the race to the unique
 * key skips the row.
 */
@Component
class UseSeed {

    private static final Logger log = LoggerFactory.getLogger(UseSeed.class);

    private final JdbcClient jdbc;

    private final Clock clock;

    private final UseEpisodes episodes;

    UseSeed(JdbcClient jdbc, Clock clock, UseEpisodes episodes) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.episodes = episodes;
    }

    @EventListener(ApplicationReadyEvent.class)
    void seed() {
        int added = 0;
        for (String[] use : UseReports.shippedUses()) {
            try {
                added += jdbc.sql("""
                        insert into cm_use (country_iso3, description, sources, seed_key, recorded_by, recorded_at)
                        select :country, :description, :sources, :key, 'reference data', :now
                         where not exists (select 1 from cm_use where seed_key = :key)""")
                    .param("country", use[1])
                    .param("description", use[2])
                    .param("sources", use[3])
                    .param("key", use[0])
                    .param("now", OffsetDateTime.now(clock))
                    .update();
            }
            catch (DuplicateKeyException seededMeanwhile) {
                // another instance seeded it at the same moment
            }
        }
        if (added > 0) {
            log.info("Reports of use: {} shipped from {}", added, UseReports.REFERENCE);
        }
        int periods = episodes.seed();
        if (periods > 0) {
            log.info("Reports of use: {} episodes shipped from {}", periods, UseEpisodes.REFERENCE);
        }
    }

}

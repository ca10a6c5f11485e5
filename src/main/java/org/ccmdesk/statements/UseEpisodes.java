package org.ccmdesk.statements;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The episodes of the reported uses: read with the uses, added by the secretariat with a
 * use, and shipped for the reference data's uses from {@value #REFERENCE} (dates read
 * from the words of each report, the reading rules in docs/reference-data.md).
 */
@Component
class UseEpisodes {

    static final String REFERENCE = "reference/treaty/use_periods.csv";

    private final JdbcClient jdbc;

    UseEpisodes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every use's episodes in the order they began, by the use's id. */
    Map<Long, List<UseEpisode>> all() {
        return byUse(jdbc.sql("select * from cm_use_episode order by began_from, id"));
    }

    /** One use's episodes in the order they began, by the use's id. */
    Map<Long, List<UseEpisode>> of(long useId) {
        return byUse(
                jdbc.sql("select * from cm_use_episode where use_id = :id order by began_from, id").param("id", useId));
    }

    private static Map<Long, List<UseEpisode>> byUse(JdbcClient.StatementSpec query) {
        Map<Long, List<UseEpisode>> byUse = new LinkedHashMap<>();
        query
            .query((rs, n) -> byUse.computeIfAbsent(rs.getLong("use_id"), id -> new ArrayList<>())
                .add(new UseEpisode(rs.getObject("began_from", LocalDate.class),
                        rs.getObject("began_by", LocalDate.class), rs.getObject("ended_by", LocalDate.class))))
            .list();
        return byUse;
    }

    void add(long useId, UseEpisode episode, String basis) {
        jdbc.sql("""
                insert into cm_use_episode (use_id, began_from, began_by, ended_by, basis)
                values (:use, :from, :by, :ended, :basis)""")
            .param("use", useId)
            .param("from", Date.valueOf(episode.beganFrom()))
            .param("by", Date.valueOf(episode.beganBy()))
            .param("ended", episode.endedBy() == null ? null : Date.valueOf(episode.endedBy()))
            .param("basis", basis.length() > 500 ? basis.substring(0, 500) : basis)
            .update();
    }

    /**
     * The shipped episodes whose use has no episode beginning on that day yet; answers
     * how many were added. A second instance seeding at the same moment loses the race to
     * the unique key and skips the row.
     */
    int seed() {
        int added = 0;
        for (CSVRecord row : shipped()) {
            try {
                added += jdbc
                    .sql("""
                            insert into cm_use_episode (use_id, began_from, began_by, ended_by, basis)
                            select u.id, :from, :by, :ended, :basis from cm_use u
                             where u.seed_key = :key
                               and not exists (select 1 from cm_use_episode e where e.use_id = u.id and e.began_from = :from)""")
                    .param("key", "affected_2014:" + row.get("iso3"))
                    .param("from", Date.valueOf(row.get("began_from")))
                    .param("by", Date.valueOf(row.get("began_by")))
                    .param("ended", row.get("ended_by").isBlank() ? null : Date.valueOf(row.get("ended_by")))
                    .param("basis", row.get("basis"))
                    .update();
            }
            catch (DuplicateKeyException seededMeanwhile) {
                // another instance seeded it at the same moment
            }
        }
        return added;
    }

    static List<CSVRecord> shipped() {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader reader = new InputStreamReader(new ClassPathResource(REFERENCE).getInputStream(),
                StandardCharsets.UTF_8)) {
            return format.parse(reader).getRecords();
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + REFERENCE, e);
        }
    }

}

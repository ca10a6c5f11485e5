package org.ccmdesk.states;

import java.sql.DatabaseMetaData;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

import org.ccmdesk.system.ActingUser;
import org.ccmdesk.system.AuditedChange;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The applicability flags of every state (held stockpiles, contaminated, has victims).
 * The secretariat records them for any state, a focal point for its own (shown as
 * reported by the state).
 */
@Service
@Transactional
public class StateFlags {

    private final JdbcClient jdbc;

    private final StateQueries states;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    private final DataSource dataSource;

    private volatile String upsert;

    StateFlags(JdbcClient jdbc, StateQueries states, ApplicationEventPublisher events, Clock clock,
            DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.states = states;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Every recorded flag of every state, in one query; a flag without a row is UNKNOWN.
     */
    @Transactional(readOnly = true)
    public Map<String, Map<StateFlag, FlagRecord>> all() {
        return read(null);
    }

    private Map<String, Map<StateFlag, FlagRecord>> read(String iso3) {
        Map<String, Map<StateFlag, FlagRecord>> flags = new HashMap<>();
        jdbc.sql("select * from state_flag" + (iso3 == null ? "" : " where state_iso3 = :iso3"))
            .param("iso3", iso3)
            .query(rs -> {
                FlagRecord record = new FlagRecord(StateFlag.valueOf(rs.getString("flag")),
                        FlagValue.valueOf(rs.getString("flag_value")), rs.getString("source"), rs.getBoolean("shipped"),
                        rs.getBoolean("reported_by_state"), rs.getString("recorded_by"),
                        rs.getObject("recorded_at", OffsetDateTime.class));
                flags.computeIfAbsent(rs.getString("state_iso3").trim(), k -> new EnumMap<>(StateFlag.class))
                    .put(record.flag(), record);
            });
        return flags;
    }

    @Transactional(readOnly = true)
    public Map<StateFlag, FlagRecord> of(String iso3) {
        Map<StateFlag, FlagRecord> recorded = read(iso3).getOrDefault(iso3, Map.of());
        Map<StateFlag, FlagRecord> flags = new EnumMap<>(StateFlag.class);
        for (StateFlag flag : StateFlag.values()) {
            flags.put(flag, recorded.getOrDefault(flag, FlagRecord.unknown(flag)));
        }
        return flags;
    }

    public void record(String iso3, StateFlag flag, FlagValue value, String source) {
        String code = iso3.trim().toUpperCase(Locale.ROOT);
        if (!code.matches("[A-Z]{3}") || states.findByIso3(code).isEmpty()) {
            throw new UnknownStateException(iso3);
        }
        ActingUser user = ActingUser.current()
            .filter(u -> u.canActForState(code))
            .orElseThrow(() -> new AccessDeniedException("not allowed to record for " + code));
        // one writer per state at a time: the audit's "before" is the value this write
        // replaces, and H2's merge answers a concurrent insert of the same key with an
        // error
        jdbc.sql("select iso3 from state where iso3 = :iso3 for update").param("iso3", code).query(String.class).list();
        FlagRecord before = of(code).get(flag);
        jdbc.sql(upsert())
            .param("iso3", code)
            .param("flag", flag.name())
            .param("value", value.name())
            .param("source", source.trim())
            .param("byState", !user.isSecretariat())
            .param("by", user.email())
            .param("now", OffsetDateTime.now(clock))
            .update();
        events.publishEvent(AuditedChange.of("state_flag", code + ":" + flag, "RECORD",
                values(before.value(), before.source()), values(value, source.trim()), null));
    }

    /**
     * The database's own upsert: PostgreSQL's {@code on conflict}, H2's {@code merge}.
     */
    private String upsert() {
        if (upsert == null) {
            upsert = isH2()
                    ? """
                            merge into state_flag (state_iso3, flag, flag_value, source, shipped, reported_by_state, recorded_by, recorded_at)
                            key (state_iso3, flag) values (:iso3, :flag, :value, :source, false, :byState, :by, :now)"""
                    : """
                            insert into state_flag (state_iso3, flag, flag_value, source, shipped, reported_by_state, recorded_by, recorded_at)
                            values (:iso3, :flag, :value, :source, false, :byState, :by, :now)
                            on conflict (state_iso3, flag) do update set flag_value = excluded.flag_value,
                                   source = excluded.source, shipped = false, reported_by_state = excluded.reported_by_state,
                                   recorded_by = excluded.recorded_by, recorded_at = excluded.recorded_at""";
        }
        return upsert;
    }

    private boolean isH2() {
        try {
            return "H2".equals(JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName));
        }
        catch (MetaDataAccessException e) {
            throw new IllegalStateException("cannot tell the database product", e);
        }
    }

    private static Map<String, Object> values(FlagValue value, String source) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("value", value.name());
        values.put("source", source);
        return values;
    }

}

package org.ccmdesk.states;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.ccmdesk.accounts.CcmUser;
import org.ccmdesk.accounts.Role;
import org.ccmdesk.accounts.TestAccounts;
import org.ccmdesk.support.DatabaseTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Twenty people recording the same flag of one state at the same moment (found answering
 * 500 on the primary key in issue 14): every write succeeds, one row is left, and it
 * holds one of the values written with its own source. Writes to one state are
 * serialised, so the row is the last write to commit and the audit has one entry per
 * write. Not transactional: the state's flag row is put back afterwards.
 */
@DatabaseTest
class StateFlagConcurrencyTest {

    private static final int WRITERS = 20;

    private static final String STATE = "NZL";

    @Autowired
    StateFlags flags;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    List<Map<String, Object>> original;

    CcmUser secretariat;

    @BeforeEach
    void setUp() {
        original = jdbc.sql("select * from state_flag where state_iso3 = :iso3 and flag = 'HAS_VICTIMS'")
            .param("iso3", STATE)
            .query()
            .listOfRows();
        secretariat = accounts.create(Role.SECRETARIAT);
    }

    @AfterEach
    void restore() {
        jdbc.sql("delete from state_flag where state_iso3 = :iso3 and flag = 'HAS_VICTIMS'")
            .param("iso3", STATE)
            .update();
        for (Map<String, Object> row : original) {
            jdbc.sql(
                    """
                            insert into state_flag (state_iso3, flag, flag_value, source, shipped, reported_by_state, recorded_by, recorded_at)
                            values (:state_iso3, :flag, :flag_value, :source, :shipped, :reported_by_state, :recorded_by, :recorded_at)""")
                .paramSource(lowerCase(row))
                .update();
        }
    }

    private static Map<String, Object> lowerCase(Map<String, Object> row) {
        Map<String, Object> params = new java.util.HashMap<>();
        row.forEach((k, v) -> params.put(k.toLowerCase(java.util.Locale.ROOT), v));
        return params;
    }

    @Test
    void twentyConcurrentWritesOfOneFlagAllSucceedAndLeaveOneRow() throws Exception {
        long auditBefore = audits();
        CyclicBarrier start = new CyclicBarrier(WRITERS);
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        List<Future<Object>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < WRITERS; i++) {
                FlagValue value = i % 2 == 0 ? FlagValue.YES : FlagValue.NO;
                String source = "Concurrent source " + i + " " + value;
                Callable<Object> write = () -> {
                    SecurityContextHolder.getContext()
                        .setAuthentication(new UsernamePasswordAuthenticationToken(secretariat, null,
                                secretariat.getAuthorities()));
                    try {
                        start.await(10, TimeUnit.SECONDS);
                        flags.record(STATE, StateFlag.HAS_VICTIMS, value, source);
                        return "ok";
                    }
                    catch (RuntimeException e) {
                        return e;
                    }
                    finally {
                        SecurityContextHolder.clearContext();
                    }
                };
                answers.add(pool.submit(write));
            }
            for (Future<Object> answer : answers) {
                assertThat(answer.get(60, TimeUnit.SECONDS)).isEqualTo("ok");
            }
        }
        finally {
            pool.shutdownNow();
        }
        List<String> rows = jdbc
            .sql("select flag_value || '|' || source from state_flag where state_iso3 = :iso3 and flag = 'HAS_VICTIMS'")
            .param("iso3", STATE)
            .query(String.class)
            .list();
        assertThat(rows).hasSize(1);
        String[] row = rows.get(0).split("\\|");
        assertThat(row[1]).matches("Concurrent source \\d+ " + row[0]);
        assertThat(flags.of(STATE).get(StateFlag.HAS_VICTIMS).source()).isEqualTo(row[1]);
        assertThat(audits() - auditBefore).isEqualTo(WRITERS);
    }

    private long audits() {
        return jdbc.sql("select count(*) from audit_entry where entity_type = 'state_flag' and entity_id = :id")
            .param("id", STATE + ":HAS_VICTIMS")
            .query(Long.class)
            .single();
    }

}

package org.ccmdesk.sponsorship;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.ccmdesk.system.AuditedChange;
import org.ccmdesk.system.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The money of a programme year, kept honest by the database: {@link #lock} takes the
 * year's row with {@code select ... for update}, so that every change of funds,
 * commitments or spending of that year waits for the one before it, on any instance; the
 * caller computes the new totals ({@link ProgrammeTotals}) and {@link #store}s them in
 * the same transaction. The table's check constraint refuses, as a last guard, totals
 * that break the invariant. Each stored change is one entry of the year's audit log
 * (entity {@code sponsorship_programme}), which the ledger page lists.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class Ledger {

    static final String ENTITY = "sponsorship_programme";

    private final JdbcClient jdbc;

    private final ApplicationEventPublisher events;

    Ledger(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** The year's totals, its row locked until the transaction ends. */
    ProgrammeTotals lock(int year) {
        return read(year, " for update");
    }

    /** The year's totals without a lock (for showing them). */
    @Transactional(readOnly = true, propagation = Propagation.REQUIRED)
    ProgrammeTotals totals(int year) {
        return read(year, "");
    }

    private ProgrammeTotals read(int year, String lock) {
        ProgrammeTotals stored = jdbc
            .sql("select count_pledged, committed, spent from sponsorship_programme where programme_year = :y" + lock)
            .param("y", year)
            .query((rs, n) -> new ProgrammeTotals(year, rs.getBoolean(1), Money.ZERO, Money.ZERO,
                    Money.chf(rs.getBigDecimal(2)), Money.chf(rs.getBigDecimal(3))))
            .optional()
            .orElseThrow(() -> new NotFoundException("sponsorship.programmeNotFound", year));
        Map<String, BigDecimal> funds = new LinkedHashMap<>();
        funds.put("RECEIVED", Money.ZERO);
        funds.put("PLEDGED", Money.ZERO);
        jdbc.sql("select status, sum(amount_chf) from sponsorship_fund where programme_year = :y group by status")
            .param("y", year)
            .query(rs -> {
                funds.put(rs.getString(1), Money.chf(rs.getBigDecimal(2)));
            });
        return new ProgrammeTotals(year, stored.countPledged(), funds.get("RECEIVED"), funds.get("PLEDGED"),
                stored.committed(), stored.spent());
    }

    /**
     * Writes the new totals of a locked year and the movement to the audit log:
     * {@code action} (COMMIT, RELEASE, PAY, FUND...) and what it was about.
     */
    void store(ProgrammeTotals before, ProgrammeTotals after, String action, Map<String, ?> about) {
        jdbc.sql("""
                update sponsorship_programme set count_pledged = :countPledged, counted = :counted,
                       committed = :committed, spent = :spent where programme_year = :y""")
            .param("countPledged", after.countPledged())
            .param("counted", after.counted())
            .param("committed", after.committed())
            .param("spent", after.spent())
            .param("y", after.year())
            .update();
        Map<String, Object> movement = new LinkedHashMap<>(about);
        movement.putAll(values(after));
        events.publishEvent(AuditedChange.of(ENTITY, after.year(), action, values(before), movement, null));
    }

    static Map<String, Object> values(ProgrammeTotals t) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("counted", t.counted().toPlainString());
        v.put("committed", t.committed().toPlainString());
        v.put("spent", t.spent().toPlainString());
        v.put("available", t.available().toPlainString());
        return v;
    }

}

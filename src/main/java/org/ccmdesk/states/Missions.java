package org.ccmdesk.states;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ccmdesk.system.ActingUser;
import org.ccmdesk.system.AuditedChange;
import org.ccmdesk.system.RuleViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The secretariat's records of how states are written to in Geneva, one by one or from a
 * CSV file (all or nothing); each change audited (before and after) with its source, the
 * one who recorded it and the day. A shipped value recorded again this way is no longer
 * replaced by a data release.
 */
@Service
class Missions {

    private final TreatyStatusService treaty;

    private final JdbcClient jdbc;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    Missions(TreatyStatusService treaty, JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.treaty = treaty;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /**
     * What an import changed: states changed and states left as they were (kept in the
     * session for the next page).
     */
    record Imported(int changed, int unchanged) implements java.io.Serializable {
    }

    @Transactional
    void record(String iso3, MissionKind kind, String address) {
        String source = "recorded by " + secretariat().email() + " on " + OffsetDateTime.now(clock).toLocalDate();
        Mission before = treaty.missionOf(iso3).orElseThrow(() -> new UnknownStateException(iso3));
        change(iso3, before, new Mission(kind, blankToNull(address), source));
    }

    /**
     * Every line of a checked file at once; a state whose kind and address are already
     * those of the file is left as it is (its source too).
     */
    @Transactional
    Imported importFile(List<MissionCsv.Entry> entries, String fileName) {
        String source = "imported by " + secretariat().email() + " on " + OffsetDateTime.now(clock).toLocalDate()
                + (fileName == null || fileName.isBlank() ? "" : " from " + fileName.strip());
        Map<String, Mission> current = treaty.missions();
        int changed = 0;
        for (MissionCsv.Entry entry : entries) {
            Mission before = current.get(entry.iso3());
            if (before == null) {
                throw new RuleViolation("file", "missions.import.conflict");
            }
            if (before.kind() == entry.kind() && java.util.Objects.equals(before.address(), entry.address())) {
                continue;
            }
            change(entry.iso3(), before, new Mission(entry.kind(), entry.address(), source));
            changed++;
        }
        return new Imported(changed, entries.size() - changed);
    }

    private void change(String iso3, Mission before, Mission after) {
        jdbc.sql("update state set mission_kind = :kind, mission_address = :address, mission_source = :source"
                + " where iso3 = :iso3")
            .param("kind", after.kind().name())
            .param("address", after.address())
            .param("source", after.source())
            .param("iso3", iso3)
            .update();
        events.publishEvent(AuditedChange.of("state_mission", iso3, "UPDATE", values(before), values(after), null));
    }

    private static Map<String, Object> values(Mission mission) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("kind", mission.kind().name());
        values.put("address", mission.address() == null ? "" : mission.address());
        return values;
    }

    private static ActingUser secretariat() {
        return ActingUser.current()
            .filter(ActingUser::isSecretariat)
            .orElseThrow(() -> new AccessDeniedException("only the secretariat records missions"));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

}

package org.ccmdesk.states;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ccmdesk.system.AuditedChange;
import org.ccmdesk.system.GeneratedId;
import org.ccmdesk.system.NotFoundException;
import org.ccmdesk.system.RuleViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisations that take part besides states; the secretariat keeps the list, every
 * change audited.
 */
@Service
@Transactional
public class OrganisationDirectory {

    private final JdbcClient jdbc;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    OrganisationDirectory(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Organisation> all() {
        return jdbc.sql("select * from organisation order by name")
            .query((rs, n) -> new Organisation(rs.getLong("id"), rs.getString("name"), rs.getString("acronym"),
                    OrganisationKind.valueOf(rs.getString("kind")), rs.getBoolean("active")))
            .list();
    }

    @Transactional(readOnly = true)
    public Optional<Organisation> find(long id) {
        return jdbc.sql("select * from organisation where id = :id")
            .param("id", id)
            .query((rs, n) -> new Organisation(rs.getLong("id"), rs.getString("name"), rs.getString("acronym"),
                    OrganisationKind.valueOf(rs.getString("kind")), rs.getBoolean("active")))
            .optional();
    }

    long create(OrganisationForm form) {
        requireUniqueName(form.name(), null);
        long id = GeneratedId.insert(jdbc.sql("""
                insert into organisation (name, acronym, kind, active, created_at)
                values (:name, :acronym, :kind, :active, :now)""")
            .param("name", form.name().trim())
            .param("acronym", blankToNull(form.acronym()))
            .param("kind", form.kind().name())
            .param("active", form.isActive())
            .param("now", OffsetDateTime.now(clock)));
        events.publishEvent(AuditedChange.of("organisation", id, "CREATE", null, values(form), null));
        return id;
    }

    void update(long id, OrganisationForm form) {
        Organisation before = find(id).orElseThrow(() -> new NotFoundException("organisation.notFound", id));
        requireUniqueName(form.name(), id);
        jdbc.sql(
                "update organisation set name = :name, acronym = :acronym, kind = :kind, active = :active where id = :id")
            .param("name", form.name().trim())
            .param("acronym", blankToNull(form.acronym()))
            .param("kind", form.kind().name())
            .param("active", form.isActive())
            .param("id", id)
            .update();
        events.publishEvent(AuditedChange.of("organisation", id, "UPDATE", values(OrganisationForm.of(before)),
                values(form), null));
    }

    private void requireUniqueName(String name, Long except) {
        boolean taken = jdbc.sql("select count(*) from organisation where lower(name) = lower(:name) and id <> :except")
            .param("name", name.trim())
            .param("except", except == null ? -1L : except)
            .query(Long.class)
            .single() > 0;
        if (taken) {
            throw new RuleViolation("name", "organisation.nameTaken");
        }
    }

    private static Map<String, Object> values(OrganisationForm form) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("name", form.name().trim());
        values.put("acronym", blankToNull(form.acronym()));
        values.put("kind", form.kind().name());
        values.put("active", form.isActive());
        return values;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

}

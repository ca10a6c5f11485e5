package org.ccmdesk.invitations;

import java.io.Serializable;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.ccmdesk.states.Organisation;
import org.ccmdesk.states.OrganisationDirectory;
import org.ccmdesk.states.Party;
import org.ccmdesk.states.StateStatus;
import org.ccmdesk.states.TreatyStatusService;
import org.ccmdesk.system.ActingUser;
import org.ccmdesk.system.AuditedChange;
import org.ccmdesk.system.GeneratedId;
import org.ccmdesk.system.NotFoundException;
import org.ccmdesk.system.RuleViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The secretariat keeps the mission addresses: one at a time, or a whole file (all lines
 * or none). An address is one per party; importing one already kept updates it. Each
 * change is audited in its transaction.
 */
@Service
@Transactional
class MissionContacts {

    /** What an import did; shown after the redirect, so kept in the session. */
    record Imported(int added, int updated, int unchanged) implements Serializable {
    }

    private final InvitationQueries queries;

    private final TreatyStatusService states;

    private final OrganisationDirectory organisations;

    private final JdbcClient jdbc;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    MissionContacts(InvitationQueries queries, TreatyStatusService states, OrganisationDirectory organisations,
            JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.queries = queries;
        this.states = states;
        this.organisations = organisations;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    long create(MissionContactForm form) {
        secretariat();
        MissionContactEntry entry = checked(form);
        if (queries.contact(entry.party(), entry.email()).isPresent()) {
            throw new RuleViolation("email", "missionContact.duplicate", entry.email());
        }
        return insert(entry);
    }

    void update(long id, MissionContactForm form) {
        secretariat();
        MissionContact contact = find(id);
        MissionContactEntry entry = checked(form);
        if (queries.contact(entry.party(), entry.email()).filter(other -> other.id() != id).isPresent()) {
            throw new RuleViolation("email", "missionContact.duplicate", entry.email());
        }
        write(contact, entry);
    }

    void delete(long id) {
        secretariat();
        MissionContact contact = find(id);
        jdbc.sql("delete from mission_contact where id = :id").param("id", id).update();
        events.publishEvent(AuditedChange.of("mission_contact", id, "DELETE", values(contact.entry()), null, null));
    }

    /**
     * Stores every line of a file that has no wrong line (the caller showed those): new
     * addresses added, known ones updated.
     */
    Imported importFile(org.ccmdesk.system.CsvImport.Reading<MissionContactEntry> reading) {
        secretariat();
        if (!reading.valid()) {
            throw new RuleViolation("file", "missionContacts.import.fixFirst");
        }
        int added = 0;
        int updated = 0;
        int unchanged = 0;
        for (MissionContactEntry entry : reading.entries()) {
            MissionContact existing = queries.contact(entry.party(), entry.email()).orElse(null);
            if (existing == null) {
                insert(entry);
                added++;
            }
            else if (write(existing, entry)) {
                updated++;
            }
            else {
                unchanged++;
            }
        }
        return new Imported(added, updated, unchanged);
    }

    /**
     * Whether a party exists: a state of the reference data or a recorded organisation.
     */
    @Transactional(readOnly = true)
    Predicate<Party> known() {
        Set<String> keys = names(Locale.ENGLISH).keySet();
        return party -> party != null && keys.contains(party.key());
    }

    /**
     * Every state (by name in {@code locale}) then every organisation, as party key and
     * name.
     */
    @Transactional(readOnly = true)
    Map<String, String> names(Locale locale) {
        Map<String, String> names = new LinkedHashMap<>();
        states.statusOfAll(states.today(), locale)
            .stream()
            .sorted((a, b) -> String.CASE_INSENSITIVE_ORDER.compare(a.name(), b.name()))
            .forEach((StateStatus s) -> names.put(Party.state(s.iso3()).key(), s.name()));
        organisations.all().forEach((Organisation o) -> names.put(Party.organisation(o.id()).key(), o.name()));
        return names;
    }

    /** How many states have no address at all. */
    @Transactional(readOnly = true)
    long statesWithout() {
        Set<String> with = queries.contacts()
            .stream()
            .filter(c -> c.party().isState())
            .map(c -> c.party().iso3())
            .collect(Collectors.toSet());
        return states.statusOfAll(states.today(), Locale.ENGLISH)
            .stream()
            .filter(s -> !with.contains(s.iso3()))
            .count();
    }

    private MissionContactEntry checked(MissionContactForm form) {
        Party party = Party.parse(form.party()).filter(known()).orElse(null);
        if (party == null) {
            throw new RuleViolation("party", "missionContact.partyUnknown");
        }
        MissionContactEntry entry = MissionContactEntry.of(party, form.email(), form.name(), form.language());
        entry.problems().stream().findFirst().ifPresent(problem -> {
            throw new RuleViolation(problem.field(), problem.key(), problem.args());
        });
        return entry;
    }

    private long insert(MissionContactEntry entry) {
        try {
            long id = GeneratedId.insert(jdbc.sql("""
                    insert into mission_contact (state_iso3, organisation_id, email, name, language, created_at)
                    values (:iso3, :organisation, :email, :name, :language, :now)""")
                .param("iso3", entry.party().iso3())
                .param("organisation", entry.party().organisationId())
                .param("email", entry.email())
                .param("name", entry.name())
                .param("language", entry.language())
                .param("now", OffsetDateTime.now(clock)));
            events.publishEvent(AuditedChange.of("mission_contact", id, "CREATE", null, values(entry), null));
            return id;
        }
        catch (DuplicateKeyException e) {
            // the same address added by someone else at the same moment: nothing is kept
            throw new RuleViolation("email", "missionContact.duplicate", entry.email());
        }
    }

    /** Writes the entry over the contact; answers whether anything changed. */
    private boolean write(MissionContact contact, MissionContactEntry entry) {
        if (contact.entry().equals(entry)) {
            return false;
        }
        try {
            jdbc.sql("""
                    update mission_contact set state_iso3 = :iso3, organisation_id = :organisation, email = :email,
                           name = :name, language = :language where id = :id""")
                .param("iso3", entry.party().iso3())
                .param("organisation", entry.party().organisationId())
                .param("email", entry.email())
                .param("name", entry.name())
                .param("language", entry.language())
                .param("id", contact.id())
                .update();
        }
        catch (DuplicateKeyException e) {
            throw new RuleViolation("email", "missionContact.duplicate", entry.email());
        }
        events.publishEvent(AuditedChange.of("mission_contact", contact.id(), "UPDATE", values(contact.entry()),
                values(entry), null));
        return true;
    }

    private static Map<String, Object> values(MissionContactEntry entry) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("party", entry.party().key());
        values.put("email", entry.email());
        values.put("name", Objects.requireNonNullElse(entry.name(), ""));
        values.put("language", entry.language());
        return values;
    }

    private MissionContact find(long id) {
        return queries.contact(id).orElseThrow(() -> new NotFoundException("missionContact.notFound", id));
    }

    private static ActingUser secretariat() {
        return ActingUser.current()
            .filter(ActingUser::isSecretariat)
            .orElseThrow(() -> new AccessDeniedException("only the secretariat keeps mission addresses"));
    }

}

package org.ccmdesk.registration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.ccmdesk.states.Party;
import org.ccmdesk.states.PartyDirectory;
import org.ccmdesk.system.AuditedChange;
import org.ccmdesk.system.GeneratedId;
import org.ccmdesk.system.NotFoundException;
import org.ccmdesk.system.RuleViolation;
import org.ccmdesk.system.UploadedPdf;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * Credentials per delegation and meeting: PDF only (checked by content), at most 10 MB,
 * written outside the web root under a random name and served only to the delegation's
 * focal points and the secretariat.
 */
@Service
@Transactional
class CredentialStore {

    private final JdbcClient jdbc;

    private final RegistrationAccess access;

    private final PartyDirectory parties;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    private final Path directory;

    CredentialStore(JdbcClient jdbc, RegistrationAccess access, PartyDirectory parties,
            ApplicationEventPublisher events, Clock clock, RegistrationSettings settings) {
        this.jdbc = jdbc;
        this.access = access;
        this.parties = parties;
        this.events = events;
        this.clock = clock;
        this.directory = settings.uploadDir();
    }

    long store(long meetingId, Party delegation, MultipartFile file) {
        access.checkCanActFor(delegation);
        if (!parties.exists(delegation)) {
            throw new NotFoundException("delegation.notFound", delegation.key());
        }
        if (file == null || file.isEmpty()) {
            throw new RuleViolation("file", "credentials.missing");
        }
        byte[] content = UploadedPdf.read(file, "file", "credentials.tooLarge", "credentials.notPdf");
        String storedName = UUID.randomUUID() + ".pdf";
        String name = UploadedPdf.fileName(file, "credentials.pdf");
        write(storedName, content);
        long id = GeneratedId.insert(jdbc
            .sql("""
                    insert into delegation_credentials (meeting_id, state_iso3, organisation_id, file_name, stored_name, size_bytes,
                           uploaded_by, uploaded_at)
                    values (:meeting, :iso3, :organisation, :name, :stored, :size, :by, :now)""")
            .param("meeting", meetingId)
            .param("iso3", delegation.iso3())
            .param("organisation", delegation.organisationId())
            .param("name", name)
            .param("stored", storedName)
            .param("size", content.length)
            .param("by", RegistrationAccess.user().email())
            .param("now", OffsetDateTime.now(clock)));
        events.publishEvent(AuditedChange.of("credentials", id, "UPLOAD", null,
                Map.of("meeting", meetingId, "delegation", delegation.key(), "file", name), null));
        return id;
    }

    @Transactional(readOnly = true)
    List<Credentials> of(long meetingId, Party delegation) {
        return jdbc.sql("""
                select * from delegation_credentials where meeting_id = :meeting
                   and (state_iso3 = :iso3 or organisation_id = :organisation) order by uploaded_at desc, id desc""")
            .param("meeting", meetingId)
            .param("iso3", delegation.iso3())
            .param("organisation", delegation.organisationId())
            .query((rs, n) -> new Credentials(rs.getLong("id"), rs.getLong("meeting_id"),
                    RegistrationQueries.delegation(rs),
                    UploadedPdf.fileName(rs.getString("file_name"), "credentials.pdf"), rs.getLong("size_bytes"),
                    rs.getString("uploaded_by"), rs.getObject("uploaded_at", OffsetDateTime.class)))
            .list();
    }

    /**
     * The delegations with a submitted or approved registration for the meeting and no
     * credentials uploaded for it.
     */
    @Transactional(readOnly = true)
    List<Party> missing(long meetingId) {
        return jdbc.sql("""
                select distinct r.state_iso3, r.organisation_id from registration r
                 where r.meeting_id = :meeting and r.status in ('SUBMITTED', 'APPROVED')
                   and not exists (select 1 from delegation_credentials c where c.meeting_id = r.meeting_id
                                    and (c.state_iso3 = r.state_iso3 or c.organisation_id = r.organisation_id))""")
            .param("meeting", meetingId)
            .query((rs, n) -> RegistrationQueries.delegation(rs))
            .list();
    }

    /** The delegations that uploaded credentials for the meeting. */
    @Transactional(readOnly = true)
    Set<Party> received(long meetingId) {
        return Set.copyOf(jdbc
            .sql("select distinct state_iso3, organisation_id from delegation_credentials where meeting_id = :meeting")
            .param("meeting", meetingId)
            .query((rs, n) -> RegistrationQueries.delegation(rs))
            .list());
    }

    /** The file's name and content, for those who may see it. */
    @Transactional(readOnly = true)
    Map.Entry<String, byte[]> read(long id) {
        record Row(Party delegation, String fileName, String storedName) {
        }
        Row row = jdbc.sql(
                "select state_iso3, organisation_id, file_name, stored_name from delegation_credentials where id = :id")
            .param("id", id)
            .query((rs, n) -> new Row(RegistrationQueries.delegation(rs), rs.getString("file_name"),
                    rs.getString("stored_name")))
            .optional()
            .orElseThrow(() -> new NotFoundException("credentials.notFound", id));
        access.checkCanActFor(row.delegation());
        try {
            return Map.entry(UploadedPdf.fileName(row.fileName(), "credentials.pdf"),
                    Files.readAllBytes(directory.resolve(row.storedName())));
        }
        catch (IOException e) {
            throw new NotFoundException("credentials.notFound", id);
        }
    }

    private void write(String storedName, byte[] content) {
        try {
            Files.createDirectories(directory);
            Files.write(directory.resolve(storedName), content);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}

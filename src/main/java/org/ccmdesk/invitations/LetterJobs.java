package org.ccmdesk.invitations;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.ccmdesk.system.ActingUser;
import org.ccmdesk.system.AuditedChange;
import org.ccmdesk.system.RuleViolation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Building all letters of a meeting in the background: one PDF with every letter and a
 * ZIP of one PDF per invitee. Progress and result live in the table
 * {@code invitation_letter_job}, so any instance can show the progress page and serve the
 * files. A job left RUNNING by an instance that stopped is not resumed: the secretariat
 * starts another.
 */
@Service
class LetterJobs {

    private static final Logger log = LoggerFactory.getLogger(LetterJobs.class);

    private final LetterBook book;

    private final LetterRenderer renderer;

    private final JdbcClient jdbc;

    private final TaskExecutor executor;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    LetterJobs(LetterBook book, LetterRenderer renderer, JdbcClient jdbc,
            @Qualifier("applicationTaskExecutor") TaskExecutor executor, ApplicationEventPublisher events,
            Clock clock) {
        this.book = book;
        this.renderer = renderer;
        this.jdbc = jdbc;
        this.executor = executor;
        this.events = events;
        this.clock = clock;
    }

    /** Records the job and starts it once that is committed; answers its id. */
    @Transactional
    String start(long meetingId) {
        ActingUser user = ActingUser.current()
            .filter(ActingUser::isSecretariat)
            .orElseThrow(() -> new AccessDeniedException("only the secretariat builds letters"));
        int total = book.letters(meetingId).size();
        if (total == 0) {
            throw new RuleViolation("letters", "invitations.nothingToPrint");
        }
        String id = UUID.randomUUID().toString();
        jdbc.sql("""
                insert into invitation_letter_job (id, meeting_id, total, done, status, requested_by, created_at)
                values (:id, :meeting, :total, 0, 'RUNNING', :by, :now)""")
            .param("id", id)
            .param("meeting", meetingId)
            .param("total", total)
            .param("by", user.email())
            .param("now", OffsetDateTime.now(clock))
            .update();
        events.publishEvent(AuditedChange.of("invitation_letter_job", id, "START", null,
                Map.of("meeting", meetingId, "letters", total), null));
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                executor.execute(() -> build(id, meetingId));
            }
        });
        return id;
    }

    Optional<LetterJob> find(String id) {
        return jdbc.sql(
                "select id, meeting_id, total, done, status, created_at, finished_at from invitation_letter_job where id = :id")
            .param("id", id)
            .query((rs, n) -> new LetterJob(rs.getString("id"), rs.getLong("meeting_id"), rs.getInt("total"),
                    rs.getInt("done"), rs.getString("status"), rs.getObject("created_at", OffsetDateTime.class),
                    rs.getObject("finished_at", OffsetDateTime.class)))
            .optional();
    }

    /** The PDF ({@code pdf}) or ZIP ({@code zip}) of a finished job. */
    Optional<byte[]> result(String id, String column) {
        String sql = "zip".equals(column) ? "select zip from invitation_letter_job where id = :id and status = 'DONE'"
                : "select pdf from invitation_letter_job where id = :id and status = 'DONE'";
        return jdbc.sql(sql).param("id", id).query((rs, n) -> rs.getBytes(1)).optional();
    }

    /**
     * Every statement here commits on its own, so that other requests see the progress.
     */
    void build(String id, long meetingId) {
        try {
            List<Letter> letters = book.letters(meetingId);
            PDFMergerUtility merger = new PDFMergerUtility();
            ByteArrayOutputStream zipBytes = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(zipBytes)) {
                int done = 0;
                for (Letter letter : letters) {
                    byte[] pdf = renderer.pdf(letter);
                    zip.putNextEntry(new ZipEntry(letter.fileName()));
                    zip.write(pdf);
                    zip.closeEntry();
                    merger.addSource(new RandomAccessReadBuffer(pdf));
                    jdbc.sql("update invitation_letter_job set done = :done, total = :total where id = :id")
                        .param("done", ++done)
                        .param("total", letters.size())
                        .param("id", id)
                        .update();
                }
            }
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            merger.setDestinationStream(all);
            merger.mergeDocuments(IOUtils.createMemoryOnlyStreamCache());
            jdbc.sql(
                    """
                            update invitation_letter_job set status = 'DONE', pdf = :pdf, zip = :zip, finished_at = :now where id = :id""")
                .param("pdf", all.toByteArray())
                .param("zip", zipBytes.toByteArray())
                .param("now", OffsetDateTime.now(clock))
                .param("id", id)
                .update();
        }
        catch (IOException | RuntimeException e) {
            log.error("Building the letters of job {} failed", id, e);
            jdbc.sql("update invitation_letter_job set status = 'FAILED', finished_at = :now where id = :id")
                .param("now", OffsetDateTime.now(clock))
                .param("id", id)
                .update();
        }
    }

}

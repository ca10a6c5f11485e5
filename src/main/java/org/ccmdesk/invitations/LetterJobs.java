package org.ccmdesk.invitations;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.ccmdesk.system.ActingUser;
import org.ccmdesk.system.AuditedChange;
import org.ccmdesk.system.NotFoundException;
import org.ccmdesk.system.RuleViolation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Building all letters of a meeting in the background: one PDF with every letter and a
 * ZIP of one PDF per invitee. Progress, each letter built and the result live in the
 * database, so any instance can show the progress page, serve the files and resume a job
 * whose instance stopped. The instance that builds a job holds its {@code claim}; every
 * write of the build checks it, so a job taken over is never built twice.
 */
@Service
class LetterJobs {

    private static final Logger log = LoggerFactory.getLogger(LetterJobs.class);

    private static final String INSTANCE = ManagementFactory.getRuntimeMXBean().getName();

    private final LetterBook book;

    private final LetterRenderer renderer;

    private final JdbcClient jdbc;

    private final TaskExecutor executor;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    private final InvitationSettings settings;

    private final TransactionTemplate transactions;

    LetterJobs(LetterBook book, LetterRenderer renderer, JdbcClient jdbc,
            @Qualifier("applicationTaskExecutor") TaskExecutor executor, ApplicationEventPublisher events, Clock clock,
            InvitationSettings settings, PlatformTransactionManager transactionManager) {
        this.book = book;
        this.renderer = renderer;
        this.jdbc = jdbc;
        this.executor = executor;
        this.events = events;
        this.clock = clock;
        this.settings = settings;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** Records the job and starts it once that is committed; answers its id. */
    @Transactional
    String start(long meetingId) {
        ActingUser user = secretariat();
        int total = book.letters(meetingId).size();
        if (total == 0) {
            throw new RuleViolation("letters", "invitations.nothingToPrint");
        }
        String id = UUID.randomUUID().toString();
        String claim = UUID.randomUUID().toString();
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.sql("""
                insert into invitation_letter_job (id, meeting_id, total, done, status, requested_by, created_at,
                       instance, claim, heartbeat_at)
                values (:id, :meeting, :total, 0, 'RUNNING', :by, :now, :instance, :claim, :now)""")
            .param("id", id)
            .param("meeting", meetingId)
            .param("total", total)
            .param("by", user.email())
            .param("now", now)
            .param("instance", INSTANCE)
            .param("claim", claim)
            .update();
        events.publishEvent(AuditedChange.of("invitation_letter_job", id, "START", null,
                Map.of("meeting", meetingId, "letters", total), null));
        buildAfterCommit(id, meetingId, claim);
        return id;
    }

    /**
     * Takes over an interrupted job (compare-and-set on its heartbeat, so of two requests
     * at once only one wins) and builds it here, from the letters already built; answers
     * whether this request took it over.
     */
    @Transactional
    boolean resume(String id) {
        secretariat();
        LetterJob job = find(id).orElseThrow(() -> new NotFoundException("invitations.jobNotFound", id));
        OffsetDateTime now = OffsetDateTime.now(clock);
        String claim = UUID.randomUUID().toString();
        int claimed = jdbc.sql("""
                update invitation_letter_job set instance = :instance, claim = :claim, heartbeat_at = :now
                 where id = :id and status = 'RUNNING' and (heartbeat_at is null or heartbeat_at < :staleBefore)""")
            .param("instance", INSTANCE)
            .param("claim", claim)
            .param("now", now)
            .param("id", id)
            .param("staleBefore", now.minus(settings.letterJobHeartbeatLimit()))
            .update();
        if (claimed == 0) {
            return false;
        }
        events.publishEvent(AuditedChange.of("invitation_letter_job", id, "RESUME",
                Map.of("instance", String.valueOf(job.instance()), "done", job.done()), Map.of("instance", INSTANCE),
                null));
        buildAfterCommit(id, job.meetingId(), claim);
        return true;
    }

    /** Whether the job is RUNNING with no progress for longer than the setting allows. */
    boolean isInterrupted(LetterJob job) {
        return job.isInterrupted(OffsetDateTime.now(clock), settings.letterJobHeartbeatLimit());
    }

    Optional<LetterJob> find(String id) {
        return jdbc.sql("""
                select id, meeting_id, total, done, status, created_at, finished_at, instance, heartbeat_at
                  from invitation_letter_job where id = :id""")
            .param("id", id)
            .query((rs, n) -> new LetterJob(rs.getString("id"), rs.getLong("meeting_id"), rs.getInt("total"),
                    rs.getInt("done"), rs.getString("status"), rs.getObject("created_at", OffsetDateTime.class),
                    rs.getObject("finished_at", OffsetDateTime.class), rs.getString("instance"),
                    rs.getObject("heartbeat_at", OffsetDateTime.class)))
            .optional();
    }

    /** The PDF ({@code pdf}) or ZIP ({@code zip}) of a finished job. */
    Optional<byte[]> result(String id, String column) {
        String sql = "zip".equals(column) ? "select zip from invitation_letter_job where id = :id and status = 'DONE'"
                : "select pdf from invitation_letter_job where id = :id and status = 'DONE'";
        return jdbc.sql(sql).param("id", id).query((rs, n) -> rs.getBytes(1)).optional();
    }

    /**
     * Builds the letters not built yet, each stored with the progress in one short
     * transaction, so that other requests see the progress and a resumed job keeps them;
     * stops as soon as the claim is lost.
     */
    void build(String id, long meetingId, String claim) {
        try {
            List<Letter> letters = book.letters(meetingId);
            Set<Long> built = new HashSet<>(
                    jdbc.sql("select invitation_id from invitation_letter_job_letter where job_id = :id")
                        .param("id", id)
                        .query(Long.class)
                        .list());
            int done = (int) letters.stream().filter(letter -> built.contains(letter.invitation().id())).count();
            if (!progress(id, claim, done, letters.size())) {
                return;
            }
            for (Letter letter : letters) {
                if (built.contains(letter.invitation().id())) {
                    continue;
                }
                byte[] pdf = renderer.pdf(letter);
                int progress = ++done;
                Boolean kept = transactions
                    .execute(status -> progress(id, claim, progress, letters.size()) && jdbc.sql("""
                            insert into invitation_letter_job_letter (job_id, invitation_id, pdf)
                            values (:id, :invitation, :pdf)""")
                        .param("id", id)
                        .param("invitation", letter.invitation().id())
                        .param("pdf", pdf)
                        .update() == 1);
                if (!Boolean.TRUE.equals(kept)) {
                    log.info("Letter job {} was taken over by another instance; this one stops", id);
                    return;
                }
            }
            finish(id, claim, letters);
        }
        catch (IOException | RuntimeException e) {
            log.error("Building the letters of job {} failed", id, e);
            jdbc.sql(
                    "update invitation_letter_job set status = 'FAILED', finished_at = :now where id = :id and claim = :claim")
                .param("now", OffsetDateTime.now(clock))
                .param("id", id)
                .param("claim", claim)
                .update();
        }
    }

    private void finish(String id, String claim, List<Letter> letters) throws IOException {
        Map<Long, byte[]> pdfs = new HashMap<>();
        jdbc.sql("select invitation_id, pdf from invitation_letter_job_letter where job_id = :id")
            .param("id", id)
            .query((RowCallbackHandler) rs -> pdfs.put(rs.getLong(1), rs.getBytes(2)));
        PDFMergerUtility merger = new PDFMergerUtility();
        ByteArrayOutputStream zipBytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(zipBytes)) {
            for (Letter letter : letters) {
                byte[] pdf = pdfs.get(letter.invitation().id());
                zip.putNextEntry(new ZipEntry(letter.fileName()));
                zip.write(pdf);
                zip.closeEntry();
                merger.addSource(new RandomAccessReadBuffer(pdf));
            }
        }
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        merger.setDestinationStream(all);
        merger.mergeDocuments(IOUtils.createMemoryOnlyStreamCache());
        transactions.executeWithoutResult(status -> {
            int finished = jdbc.sql("""
                    update invitation_letter_job set status = 'DONE', pdf = :pdf, zip = :zip, finished_at = :now,
                           heartbeat_at = :now
                     where id = :id and claim = :claim and status = 'RUNNING'""")
                .param("pdf", all.toByteArray())
                .param("zip", zipBytes.toByteArray())
                .param("now", OffsetDateTime.now(clock))
                .param("id", id)
                .param("claim", claim)
                .update();
            if (finished == 1) {
                jdbc.sql("delete from invitation_letter_job_letter where job_id = :id").param("id", id).update();
            }
        });
    }

    /** The progress and the heartbeat, if this build still holds the claim. */
    private boolean progress(String id, String claim, int done, int total) {
        return jdbc.sql("""
                update invitation_letter_job set done = :done, total = :total, heartbeat_at = :now
                 where id = :id and claim = :claim and status = 'RUNNING'""")
            .param("done", done)
            .param("total", total)
            .param("now", OffsetDateTime.now(clock))
            .param("id", id)
            .param("claim", claim)
            .update() == 1;
    }

    private void buildAfterCommit(String id, long meetingId, String claim) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                executor.execute(() -> build(id, meetingId, claim));
            }
        });
    }

    private static ActingUser secretariat() {
        return ActingUser.current()
            .filter(ActingUser::isSecretariat)
            .orElseThrow(() -> new AccessDeniedException("only the secretariat builds letters"));
    }

}

package org.ccmdesk.invitations;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
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
import org.ccmdesk.system.BackgroundWork;
import org.ccmdesk.system.RuleViolation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Building all letters of a meeting in the background: one PDF with every letter and a
 * ZIP of one PDF per invitee. Progress, each letter built and the result live in the
 * database, so any instance can show the progress page and serve the files. The build is
 * a {@link LetterBatchJob} on Quartz, which runs it on one instance and runs it again
 * elsewhere if that instance stops; a run continues from the letters already stored, and
 * a letter is stored once (its primary key), so none is built into the result twice.
 */
@Service
class LetterJobs {

    private static final Logger log = LoggerFactory.getLogger(LetterJobs.class);

    private final LetterBook book;

    private final LetterRenderer renderer;

    private final JdbcClient jdbc;

    private final BackgroundWork background;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    private final TransactionTemplate transactions;

    LetterJobs(LetterBook book, LetterRenderer renderer, JdbcClient jdbc, BackgroundWork background,
            ApplicationEventPublisher events, Clock clock, PlatformTransactionManager transactionManager) {
        this.book = book;
        this.renderer = renderer;
        this.jdbc = jdbc;
        this.background = background;
        this.events = events;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /**
     * Records the job and submits its build to Quartz in the same transaction, so that
     * either both are stored or neither; answers its id.
     */
    @Transactional
    String start(long meetingId) {
        ActingUser user = secretariat();
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
        LetterBatchJob.submit(background, id, meetingId);
        return id;
    }

    Optional<LetterJob> find(String id) {
        return jdbc.sql("""
                select id, meeting_id, total, done, status, created_at, finished_at
                  from invitation_letter_job where id = :id""").param("id", id).query(LetterJob.class).optional();
    }

    /** The PDF ({@code pdf}) or ZIP ({@code zip}) of a finished job. */
    Optional<byte[]> result(String id, String column) {
        String sql = "zip".equals(column) ? "select zip from invitation_letter_job where id = :id and status = 'DONE'"
                : "select pdf from invitation_letter_job where id = :id and status = 'DONE'";
        return jdbc.sql(sql).param("id", id).query((rs, n) -> rs.getBytes(1)).optional();
    }

    /**
     * Builds the letters not stored yet, each stored with the progress in one short
     * transaction (so that the progress page sees it and a later run keeps it), then the
     * PDF and the ZIP; answers how many letters this run built. Does nothing for a job
     * that is no longer running, and stops as soon as the job is no longer running.
     */
    int build(String id, long meetingId) {
        int built = 0;
        int storedElsewhere = 0;
        try {
            if (!find(id).map(LetterJob::isRunning).orElse(false)) {
                return 0;
            }
            List<Letter> letters = book.letters(meetingId);
            Set<Long> stored = storedLetters(id);
            for (Letter letter : letters) {
                if (stored.contains(letter.invitation().id())) {
                    continue;
                }
                byte[] pdf = renderer.pdf(letter);
                try {
                    if (!Boolean.TRUE
                        .equals(transactions.execute(status -> store(status, id, letter, pdf, letters.size())))) {
                        log.info("Letter job {} is no longer running; this run stops", id);
                        return built;
                    }
                    built++;
                }
                catch (DuplicateKeyException storedByAnotherRun) {
                    storedElsewhere++;
                }
            }
            if (storedElsewhere > 0) {
                log.info("{} letters of job {} were stored by another run at the same time", storedElsewhere, id);
            }
            finish(id, letters);
            return built;
        }
        catch (IOException | RuntimeException e) {
            log.error("Building the letters of job {} failed", id, e);
            jdbc.sql("""
                    update invitation_letter_job set status = 'FAILED', finished_at = :now
                     where id = :id and status = 'RUNNING'""")
                .param("now", OffsetDateTime.now(clock))
                .param("id", id)
                .update();
            return built;
        }
    }

    private Set<Long> storedLetters(String id) {
        return new HashSet<>(jdbc.sql("select invitation_id from invitation_letter_job_letter where job_id = :id")
            .param("id", id)
            .query(Long.class)
            .list());
    }

    /**
     * One letter and the progress (counted from the letters stored); false, and nothing
     * stored, if the job is no longer running.
     */
    private boolean store(TransactionStatus transaction, String id, Letter letter, byte[] pdf, int total) {
        jdbc.sql(
                "insert into invitation_letter_job_letter (job_id, invitation_id, pdf) values (:id, :invitation, :pdf)")
            .param("id", id)
            .param("invitation", letter.invitation().id())
            .param("pdf", pdf)
            .update();
        int running = jdbc.sql("""
                update invitation_letter_job
                   set done = (select count(*) from invitation_letter_job_letter where job_id = :id), total = :total
                 where id = :id and status = 'RUNNING'""").param("id", id).param("total", total).update();
        if (running == 0) {
            transaction.setRollbackOnly();
        }
        return running == 1;
    }

    private void finish(String id, List<Letter> letters) throws IOException {
        Map<Long, byte[]> pdfs = new HashMap<>();
        jdbc.sql("select invitation_id, pdf from invitation_letter_job_letter where job_id = :id")
            .param("id", id)
            .query((RowCallbackHandler) rs -> pdfs.put(rs.getLong(1), rs.getBytes(2)));
        if (letters.stream().anyMatch(letter -> !pdfs.containsKey(letter.invitation().id()))) {
            // another run finished it meanwhile (and deleted the letters); or, if not,
            // a letter was lost, which is a failure
            if (find(id).map(LetterJob::isRunning).orElse(false)) {
                throw new IllegalStateException("A letter of job " + id + " is missing");
            }
            return;
        }
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
                    update invitation_letter_job set status = 'DONE', done = :done, pdf = :pdf, zip = :zip,
                           finished_at = :now
                     where id = :id and status = 'RUNNING'""")
                .param("done", letters.size())
                .param("pdf", all.toByteArray())
                .param("zip", zipBytes.toByteArray())
                .param("now", OffsetDateTime.now(clock))
                .param("id", id)
                .update();
            if (finished == 1) {
                jdbc.sql("delete from invitation_letter_job_letter where job_id = :id").param("id", id).update();
            }
        });
    }

    private static ActingUser secretariat() {
        return ActingUser.current()
            .filter(ActingUser::isSecretariat)
            .orElseThrow(() -> new AccessDeniedException("only the secretariat builds letters"));
    }

}

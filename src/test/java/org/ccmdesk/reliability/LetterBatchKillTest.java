package org.ccmdesk.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipInputStream;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.ccmdesk.support.MailServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Background work survives {@code kill -9}: the application runs as a separate process on
 * the embedded default (H2 file), with a mail server that does not answer. The
 * secretariat asks for test messages (they wait) and starts the letters of the 1MSP (197
 * invitations); while the batch is part done the process is killed (SIGKILL). The mail
 * server comes up, the application starts again on the same files, the next day, pointing
 * at it: every waiting message arrives exactly once, and Quartz recovers the killed
 * instance's batch, which finishes from the letters already stored.
 */
class LetterBatchKillTest {

    private static final int MESSAGES = 12;

    private static final int LETTERS = 197;

    /** The kill comes once the page shows this many letters built (of 197). */
    private static final int KILL_AFTER = 10;

    private static final Pattern PROGRESS = Pattern.compile("(\\d+) of (\\d+) letters");

    private static final Pattern MAIL_COUNT = Pattern.compile("id=\"mail-count\"[^>]*>(\\d+) messages?<");

    @TempDir
    Path directory;

    @Test
    @Timeout(value = 150, unit = TimeUnit.SECONDS)
    void waitingMailAndAHalfBuiltLetterBatchSurviveAKill() throws Exception {
        long started = System.nanoTime();
        // the mail server is down: the first instance's attempts are refused
        MailServer.stop();
        // delivery every second, as in the other tests, rather than every 5 s
        Map<String, Object> mail = Map.of("spring.mail.host", "127.0.0.1", "spring.mail.port", MailServer.PORT,
                "ccm.mail.delivery-interval-seconds", 1);
        ApplicationProcess first = ApplicationProcess.start(directory, "first", mail);
        String jobPath;
        int doneAtKill;
        try {
            DeskClient desk = new DeskClient(first.baseUrl());
            desk.signIn(ApplicationProcess.ADMIN_EMAIL, ApplicationProcess.ADMIN_PASSWORD);
            for (int i = 0; i < MESSAGES; i++) {
                desk.submit("/admin/mail", "/admin/mail/test", Map.of());
            }
            await("the " + MESSAGES + " test messages to be queued and refused by the server")
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> refused(desk.page("/admin/mail")) == MESSAGES);
            long meeting = desk.meetingId("1MSP");
            String invitations = "/meetings/" + meeting + "/invitations";
            desk.submit(invitations, invitations + "/prepare", Map.of("signatoryName", "Ambassador", "signatoryTitle",
                    "President", "letterDate", "2010-09-01", "language", "en"));
            jobPath = desk.submit(invitations, invitations + "/letters", Map.of());
            assertThat(jobPath).startsWith("/invitation-jobs/");
            AtomicInteger seen = new AtomicInteger();
            await("the batch to be part done").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> {
                    seen.set(progress(desk.page(jobPath)));
                    return seen.get() >= KILL_AFTER;
                });
            first.kill();
            doneAtKill = seen.get();
            assertThat(doneAtKill).as("letters built when killed").isLessThan(LETTERS);
        }
        finally {
            first.kill();
        }
        long killed = System.nanoTime();

        MailServer.fresh();
        // the next day (the application's clock is fixed): the refused messages are due
        // again, and one the killed instance might have been handing over is past its
        // claim
        // timeout. Quartz tells the killed instance by its check-in, on the real clock.
        Map<String, Object> nextDay = new HashMap<>(mail);
        nextDay.put("ccm.clock.fixed-date", "2025-06-23");
        ApplicationProcess second = ApplicationProcess.start(directory, "second", nextDay);
        long secondUp = System.nanoTime();
        byte[] pdf;
        byte[] zip;
        try {
            DeskClient desk = new DeskClient(second.baseUrl());
            desk.signIn(ApplicationProcess.ADMIN_EMAIL, ApplicationProcess.ADMIN_PASSWORD);
            await("the recovered batch to finish").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> desk.page(jobPath).contains("id=\"downloads\""));
            assertThat(progress(desk.page(jobPath))).isEqualTo(LETTERS);
            pdf = desk.download(jobPath + "/letters.pdf");
            zip = desk.download(jobPath + "/letters.zip");
            await("the messages").atMost(Duration.ofSeconds(30))
                .until(() -> MailServer.to(ApplicationProcess.ADMIN_EMAIL).size() >= MESSAGES);
            assertThat(second.log()).contains("ClusterManager: detected 1 failed or restarted instances")
                .contains("was interrupted by the stop of its instance; continuing it here");
        }
        finally {
            second.stop();
        }
        long done = System.nanoTime();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(LETTERS);
        }
        assertThat(zipEntries(zip)).hasSize(LETTERS);
        Stored stored = stored();
        // the first run was killed before it finished; the recovered one built only the
        // letters not stored before the kill
        assertThat(stored.runs()).hasSize(2);
        assertThat(stored.runs().get(0)).isNull();
        int builtAfter = Integer.parseInt(stored.runs().get(1).replace("letters built ", ""));
        assertThat(builtAfter).isPositive().isLessThanOrEqualTo(LETTERS - doneAtKill);
        assertThat(stored.mailStatuses()).hasSize(MESSAGES).containsOnly("SENT");
        // all sent: nothing more can arrive, so each message arrived once
        List<String> ids = messageIds(MailServer.to(ApplicationProcess.ADMIN_EMAIL).toArray(MimeMessage[]::new));
        assertThat(ids).hasSize(MESSAGES).doesNotHaveDuplicates();
        assertThat(new HashSet<>(ids)).isEqualTo(stored.mailIds());
        System.out.printf(
                "LETTER KILL: killed at %d of %d letters, %d built after the restart; %d messages once each; "
                        + "first run %d ms, restart %d ms, recovery and delivery %d ms%n",
                doneAtKill, LETTERS, builtAfter, MESSAGES, millis(started, killed), millis(killed, secondUp),
                millis(secondUp, done));
    }

    private record Stored(List<String> runs, List<String> mailStatuses, Set<String> mailIds) {
    }

    /** What the stopped application left in its files: runs of the batch, the mail. */
    private Stored stored() throws SQLException {
        try (Connection db = DriverManager.getConnection(ApplicationProcess.shippedH2Url(directory.resolve("ccmdesk")),
                "sa", "")) {
            List<String> runs = new ArrayList<>();
            try (ResultSet rs = db.createStatement().executeQuery("""
                    select outcome from background_run where job_name like 'invitations.letters:%' order by id""")) {
                while (rs.next()) {
                    runs.add(rs.getString(1));
                }
            }
            List<String> statuses = new ArrayList<>();
            Set<String> ids = new HashSet<>();
            try (ResultSet rs = db.createStatement().executeQuery("select id, status from mail_message")) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                    statuses.add(rs.getString(2));
                }
            }
            return new Stored(runs, statuses, ids);
        }
    }

    private static List<String> messageIds(MimeMessage[] received) throws MessagingException {
        List<String> ids = new ArrayList<>();
        for (MimeMessage message : received) {
            String[] header = message.getHeader("X-CCM-Desk-Message");
            assertThat(header).as("the message id header").isNotNull().hasSize(1);
            ids.add(header[0]);
        }
        return ids;
    }

    private static int progress(String page) {
        Matcher m = PROGRESS.matcher(page);
        assertThat(m.find()).as("progress on the job page").isTrue();
        return Integer.parseInt(m.group(1));
    }

    /** How many messages the mail page lists as refused (the server's last answer). */
    private static int refused(String page) {
        Matcher count = MAIL_COUNT.matcher(page);
        if (!count.find() || Integer.parseInt(count.group(1)) != MESSAGES) {
            return 0;
        }
        return page.split("Connection refused", -1).length - 1;
    }

    private static List<String> zipEntries(byte[] zip) throws Exception {
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName());
            }
        }
        return names;
    }

    private static long millis(long from, long to) {
        return TimeUnit.NANOSECONDS.toMillis(to - from);
    }

}

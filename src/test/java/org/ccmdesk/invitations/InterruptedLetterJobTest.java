package org.ccmdesk.invitations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.ccmdesk.accounts.CcmUser;
import org.ccmdesk.accounts.Role;
import org.ccmdesk.accounts.TestAccounts;
import org.ccmdesk.support.DatabaseTest;
import org.ccmdesk.system.BackgroundWork;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A letter job whose build was interrupted (its instance stopped after three letters: the
 * row left RUNNING, three letters stored, each marked to tell it from a letter built
 * again). Its page says it continues by itself, with no button; when Quartz runs its job
 * again (as the instance that recovers it does) it is finished from the letters stored,
 * none built twice, even by two runs at once. That Quartz really recovers the job of a
 * killed instance is {@code reliability.LetterBatchKillTest}'s. Not transactional: the
 * job runs in another thread. Uses the 1MSP, like {@link InvitationLettersJobTest}.
 */
@DatabaseTest
class InterruptedLetterJobTest {

    static final byte[] MARKER = "\n% built before the instance stopped\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    LetterBook book;

    @Autowired
    LetterRenderer renderer;

    @Autowired
    LetterJobs jobs;

    @Autowired
    BackgroundWork background;

    @Autowired
    TransactionTemplate transactions;

    CcmUser secretariat;

    long meeting;

    List<Letter> letters;

    @BeforeEach
    void invitations() throws Exception {
        secretariat = accounts.create(Role.SECRETARIAT);
        meeting = InvitationTestData.meeting(jdbc, "1MSP");
        jdbc.sql("delete from invitation_letter_job where meeting_id = :m").param("m", meeting).update();
        jdbc.sql(
                "delete from invitation_reminder where invitation_id in (select id from invitation where meeting_id = :m)")
            .param("m", meeting)
            .update();
        jdbc.sql("delete from invitation where meeting_id = :m").param("m", meeting).update();
        mvc.perform(post("/meetings/" + meeting + "/invitations/prepare").with(csrf())
            .with(TestAccounts.as(secretariat))
            .param("signatoryName", "Ambassador")
            .param("signatoryTitle", "President")
            .param("letterDate", "2010-09-01")
            .param("language", "en"));
        // a dozen of the 197 prepared: what is tested is which letters a run builds, not
        // how many
        jdbc.sql("""
                delete from invitation where meeting_id = :m
                and id not in (select id from invitation where meeting_id = :m order by id fetch first 12 rows only)""")
            .param("m", meeting)
            .update();
        letters = book.letters(meeting);
        assertThat(letters).hasSize(12);
    }

    /** A job as the run of a stopped instance left it: RUNNING, three letters stored. */
    private String interruptedJob() {
        String id = UUID.randomUUID().toString();
        jdbc.sql("""
                insert into invitation_letter_job (id, meeting_id, total, done, status, requested_by, created_at)
                values (:id, :meeting, 12, 3, 'RUNNING', :by, :created)""")
            .param("id", id)
            .param("meeting", meeting)
            .param("by", secretariat.email())
            .param("created", OffsetDateTime.now(clock).minusMinutes(15))
            .update();
        for (Letter letter : letters.subList(0, 3)) {
            ByteArrayOutputStream marked = new ByteArrayOutputStream();
            marked.writeBytes(renderer.pdf(letter));
            marked.writeBytes(MARKER);
            jdbc.sql("insert into invitation_letter_job_letter (job_id, invitation_id, pdf) values (:id, :inv, :pdf)")
                .param("id", id)
                .param("inv", letter.invitation().id())
                .param("pdf", marked.toByteArray())
                .update();
        }
        return id;
    }

    @Test
    void anInterruptedJobSaysItContinuesAndItsNextRunFinishesItFromTheLettersStored() throws Exception {
        String job = interruptedJob();
        mvc.perform(get("/invitation-jobs/" + job).with(TestAccounts.as(secretariat)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("3 of 12 letters")))
            .andExpect(content().string(containsString("continues by itself")))
            .andExpect(content().string(containsString("hx-get")))
            .andExpect(content().string(not(containsString("resume"))));
        // the button and its route are gone
        mvc.perform(post("/invitation-jobs/" + job + "/resume").with(csrf()).with(TestAccounts.as(secretariat)))
            .andExpect(status().is4xxClientError());

        // what the instance recovering it does: Quartz runs the job again
        transactions.executeWithoutResult(status -> LetterBatchJob.submit(background, job, meeting));

        assertThat(waitForJob(job)).isEqualTo("DONE");
        // the run's outcome is written once the job has returned, a moment after DONE
        assertThat(await().atMost(Duration.ofSeconds(10))
            .until(() -> jdbc.sql("select outcome from background_run where job_name = :name")
                .param("name", LetterBatchJob.name(job))
                .query(String.class)
                .list(), runs -> !runs.isEmpty() && !runs.contains(null)))
            .containsExactly("letters built 9");
        mvc.perform(get("/invitation-jobs/" + job).with(TestAccounts.as(secretariat)))
            .andExpect(content().string(containsString("12 of 12 letters")))
            .andExpect(content().string(not(containsString("continues by itself"))))
            .andExpect(content().string(not(containsString("hx-get"))));
        assertKeptFromBeforeTheStop(zipEntries(job));
        assertThat(jdbc.sql("select count(*) from invitation_letter_job_letter where job_id = :id")
            .param("id", job)
            .query(Integer.class)
            .single()).isZero();
        // a run after it is done (a recovery that came late) changes nothing
        byte[] pdf = jobs.result(job, "pdf").orElseThrow();
        assertThat(jobs.build(job, meeting)).isZero();
        assertThat(jobs.result(job, "pdf")).hasValueSatisfying(again -> assertThat(again).isEqualTo(pdf));
    }

    /**
     * Quartz may recover a job whose instance was only paused (longer than its cluster
     * check-in), so that two runs build at once: each letter is stored once, by one of
     * them.
     */
    @Test
    void twoRunsAtOnceStoreEachLetterOnce() throws Exception {
        String job = interruptedJob();
        CyclicBarrier together = new CyclicBarrier(2);
        List<CompletableFuture<Integer>> runs = List.of(1, 2).stream().map(i -> CompletableFuture.supplyAsync(() -> {
            try {
                together.await();
            }
            catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return jobs.build(job, meeting);
        })).toList();
        int built = runs.stream().mapToInt(CompletableFuture::join).sum();

        assertThat(built).isEqualTo(9);
        assertThat(waitForJob(job)).isEqualTo("DONE");
        assertKeptFromBeforeTheStop(zipEntries(job));
    }

    private void assertKeptFromBeforeTheStop(Map<String, byte[]> zip) {
        assertThat(zip).hasSize(12);
        for (int i = 0; i < letters.size(); i++) {
            byte[] pdf = zip.get(letters.get(i).fileName());
            assertThat(endsWithMarker(pdf)).as("letter %d kept from before the stop", i).isEqualTo(i < 3);
        }
    }

    private Map<String, byte[]> zipEntries(String job) throws Exception {
        byte[] zip = mvc.perform(get("/invitation-jobs/" + job + "/letters.zip").with(TestAccounts.as(secretariat)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    private static boolean endsWithMarker(byte[] pdf) {
        return pdf.length >= MARKER.length
                && Arrays.equals(Arrays.copyOfRange(pdf, pdf.length - MARKER.length, pdf.length), MARKER);
    }

    private String waitForJob(String job) {
        return await().atMost(Duration.ofSeconds(180))
            .pollInterval(Duration.ofMillis(100))
            .until(() -> jdbc.sql("select status from invitation_letter_job where id = :id")
                .param("id", job)
                .query(String.class)
                .single(), status -> !"RUNNING".equals(status));
    }

}

package org.ccmdesk.invitations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A letter job whose instance stopped in the middle (a row left RUNNING, its heartbeat
 * old, some letters built): shown as interrupted with a button to resume it, resumed from
 * the letters already built, and never built twice. Not transactional: the job runs in
 * another thread. Uses the 1MSP, like {@link InvitationLettersJobTest}.
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
        letters = book.letters(meeting);
        assertThat(letters).hasSize(197);
    }

    /**
     * A job as its stopped instance left it: RUNNING, three letters built (each marked,
     * to tell them from letters built again), its last progress ten minutes ago.
     */
    private String stoppedJob() {
        String id = UUID.randomUUID().toString();
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.sql("""
                insert into invitation_letter_job (id, meeting_id, total, done, status, requested_by, created_at,
                       instance, claim, heartbeat_at)
                values (:id, :meeting, 197, 3, 'RUNNING', :by, :created, '4711@stopped-host', :claim, :heartbeat)""")
            .param("id", id)
            .param("meeting", meeting)
            .param("by", secretariat.email())
            .param("created", now.minusMinutes(15))
            .param("claim", UUID.randomUUID().toString())
            .param("heartbeat", now.minusMinutes(10))
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
    void aStoppedJobShowsInterruptedAndResumingFinishesItFromTheLettersBuilt() throws Exception {
        String job = stoppedJob();
        mvc.perform(get("/invitation-jobs/" + job).with(TestAccounts.as(secretariat)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("3 of 197 letters")))
            .andExpect(content().string(containsString("was interrupted")))
            .andExpect(content().string(containsString("4711@stopped-host")))
            .andExpect(content().string(containsString("action=\"/invitation-jobs/" + job + "/resume\"")))
            .andExpect(content().string(containsString("name=\"_csrf\"")))
            .andExpect(content().string(not(containsString("hx-get"))));
        // a job whose instance still makes progress is polled, with no resume button
        jdbc.sql("update invitation_letter_job set heartbeat_at = :now where id = :id")
            .param("now", OffsetDateTime.now(clock).minusMinutes(1))
            .param("id", job)
            .update();
        mvc.perform(get("/invitation-jobs/" + job).header("HX-Request", "true").with(TestAccounts.as(secretariat)))
            .andExpect(content().string(containsString("hx-get")))
            .andExpect(content().string(not(containsString("/resume"))));
        jdbc.sql("update invitation_letter_job set heartbeat_at = :old where id = :id")
            .param("old", OffsetDateTime.now(clock).minusMinutes(10))
            .param("id", job)
            .update();

        mvc.perform(post("/invitation-jobs/" + job + "/resume").with(TestAccounts.as(secretariat)))
            .andExpect(status().isForbidden());
        mvc.perform(post("/invitation-jobs/" + job + "/resume").with(csrf()).with(TestAccounts.as(secretariat)))
            .andExpect(redirectedUrl("/invitation-jobs/" + job));

        assertThat(waitForJob(job)).isEqualTo("DONE");
        mvc.perform(get("/invitation-jobs/" + job).with(TestAccounts.as(secretariat)))
            .andExpect(content().string(containsString("197 of 197 letters")))
            .andExpect(content().string(not(containsString("was interrupted"))));
        Map<String, byte[]> zip = zipEntries(job);
        assertThat(zip).hasSize(197);
        for (int i = 0; i < letters.size(); i++) {
            byte[] pdf = zip.get(letters.get(i).fileName());
            assertThat(endsWithMarker(pdf)).as("letter %d kept from before the stop", i).isEqualTo(i < 3);
        }
        assertThat(jdbc.sql("select count(*) from invitation_letter_job_letter where job_id = :id")
            .param("id", job)
            .query(Integer.class)
            .single()).isZero();
    }

    @Test
    void twoResumesAtOnceBuildItOnce() throws Exception {
        String job = stoppedJob();
        CyclicBarrier together = new CyclicBarrier(2);
        List<CompletableFuture<Object>> resumes = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            resumes.add(CompletableFuture.supplyAsync(() -> {
                try {
                    together.await();
                    return mvc
                        .perform(post("/invitation-jobs/" + job + "/resume").with(csrf())
                            .with(TestAccounts.as(secretariat)))
                        .andExpect(redirectedUrl("/invitation-jobs/" + job))
                        .andReturn()
                        .getFlashMap()
                        .getOrDefault("notice", "not resumed");
                }
                catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        List<Object> answers = resumes.stream().map(CompletableFuture::join).toList();

        assertThat(answers).containsExactlyInAnyOrder("letterJob.resumed", "not resumed");
        assertThat(waitForJob(job)).isEqualTo("DONE");
        assertThat(jdbc.sql("""
                select count(*) from audit_entry
                 where entity_type = 'invitation_letter_job' and entity_id = :id and action = 'RESUME'""")
            .param("id", job)
            .query(Integer.class)
            .single()).isEqualTo(1);
        assertThat(zipEntries(job)).hasSize(197);
        // done, it is no longer resumed
        mvc.perform(post("/invitation-jobs/" + job + "/resume").with(csrf()).with(TestAccounts.as(secretariat)))
            .andExpect(redirectedUrl("/invitation-jobs/" + job));
        assertThat(jdbc.sql("select status from invitation_letter_job where id = :id")
            .param("id", job)
            .query(String.class)
            .single()).isEqualTo("DONE");
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
        if (pdf.length < MARKER.length) {
            return false;
        }
        byte[] end = new byte[MARKER.length];
        System.arraycopy(pdf, pdf.length - MARKER.length, end, 0, MARKER.length);
        return java.util.Arrays.equals(end, MARKER);
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

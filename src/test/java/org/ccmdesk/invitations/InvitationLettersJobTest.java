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
import java.time.Duration;
import java.util.zip.ZipInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.ccmdesk.accounts.CcmUser;
import org.ccmdesk.accounts.Role;
import org.ccmdesk.accounts.TestAccounts;
import org.ccmdesk.support.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * All letters of a meeting built in the background, by a Quartz job. Not transactional:
 * the job runs in another thread and must see the committed invitations. It uses the 1MSP
 * so as not to touch the 2014 meeting of the other tests. Prints how long the build took.
 */
@DatabaseTest
class InvitationLettersJobTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void allLettersAreBuiltInTheBackgroundWithTheirProgress() throws Exception {
        CcmUser secretariat = accounts.create(Role.SECRETARIAT);
        long meeting = InvitationTestData.meeting(jdbc, "1MSP");
        jdbc.sql("delete from invitation_letter_job where meeting_id = :m").param("m", meeting).update();
        jdbc.sql(
                "delete from invitation_reminder where invitation_id in (select id from invitation where meeting_id = :m)")
            .param("m", meeting)
            .update();
        jdbc.sql("delete from invitation where meeting_id = :m").param("m", meeting).update();
        mvc.perform(
                post("/meetings/" + meeting + "/invitations/letters").with(csrf()).with(TestAccounts.as(secretariat)))
            .andExpect(status().isBadRequest())
            .andExpect(content().string(containsString("prepare them")));
        mvc.perform(post("/meetings/" + meeting + "/invitations/prepare").with(csrf())
            .with(TestAccounts.as(secretariat))
            .param("signatoryName", "Ambassador")
            .param("signatoryTitle", "President")
            .param("letterDate", "2010-09-01")
            .param("language", "en"));
        int letters = jdbc.sql("select count(*) from invitation where meeting_id = :m")
            .param("m", meeting)
            .query(Integer.class)
            .single();
        assertThat(letters).isEqualTo(197);

        long started = System.nanoTime();
        String location = mvc
            .perform(post("/meetings/" + meeting + "/invitations/letters").with(csrf())
                .with(TestAccounts.as(secretariat)))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
        String job = location.substring(location.lastIndexOf('/') + 1);
        mvc.perform(get(location).with(TestAccounts.as(secretariat)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("of 197 letters")));
        // htmx asks the same address for the progress part only, and polls it while the
        // job runs
        mvc.perform(get(location).header("HX-Request", "true").with(TestAccounts.as(secretariat)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("id=\"job\"")))
            .andExpect(content().string(containsString("of 197 letters")))
            .andExpect(content().string(not(containsString("<html"))));
        String status = waitForJob(job, Duration.ofSeconds(120));
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        System.out.printf("BENCHMARK: %d letters as one PDF and a ZIP in %d ms%n", letters, took.toMillis());
        assertThat(status).isEqualTo("DONE");
        // built by one run of its Quartz job
        // the run's outcome is written once the job has returned, a moment after DONE
        assertThat(await().atMost(Duration.ofSeconds(10))
            .until(() -> jdbc.sql("select outcome from background_run where job_name = :name")
                .param("name", LetterBatchJob.name(job))
                .query(String.class)
                .list(), runs -> !runs.isEmpty() && !runs.contains(null)))
            .containsExactly("letters built 197");
        // once done, the progress part no longer asks to be polled
        mvc.perform(get(location).header("HX-Request", "true").with(TestAccounts.as(secretariat)))
            .andExpect(status().isOk())
            .andExpect(content().string(not(containsString("hx-get"))));

        mvc.perform(get(location).with(TestAccounts.as(secretariat)))
            .andExpect(content().string(containsString("197 of 197 letters")))
            .andExpect(content().string(containsString("letters.pdf")));
        byte[] pdf = mvc.perform(get(location + "/letters.pdf").with(TestAccounts.as(secretariat)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(197);
        }
        byte[] zip = mvc.perform(get(location + "/letters.zip").with(TestAccounts.as(secretariat)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
        int entries = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            while (in.getNextEntry() != null) {
                entries++;
            }
        }
        assertThat(entries).isEqualTo(197);
        CcmUser france = accounts.create(Role.FOCAL_POINT, "FRA");
        mvc.perform(get(location + "/letters.pdf").with(TestAccounts.as(france))).andExpect(status().isForbidden());
        mvc.perform(get("/invitation-jobs/no-such-job").with(TestAccounts.as(secretariat)))
            .andExpect(status().isNotFound());
    }

    /**
     * The job runs in another thread: look at its stored status until it is no longer
     * running.
     */
    private String waitForJob(String job, Duration limit) {
        return await().atMost(limit)
            .pollInterval(Duration.ofMillis(100))
            .until(() -> jdbc.sql("select status from invitation_letter_job where id = :id")
                .param("id", job)
                .query(String.class)
                .single(), status -> !"RUNNING".equals(status));
    }

}

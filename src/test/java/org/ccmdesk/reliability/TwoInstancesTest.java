package org.ccmdesk.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.ccmdesk.CcmDeskApplication;
import org.ccmdesk.support.TestDatabaseCondition;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two instances of CCM Desk on one database, as in production behind a load balancer: the
 * daily reminder job fires on one of them only, each time. The job's schedule is moved to
 * every two seconds so that the test sees several runs; which job and how it is scheduled
 * is otherwise the application's own.
 */
@Tag("database")
@ExtendWith(TestDatabaseCondition.class)
class TwoInstancesTest {

    static final String JOB = "notifications.obligation-reminders";

    static final String CRON_PROPERTY = "ccm.notifications.reminder-cron";

    @Test
    @Timeout(value = 3, unit = java.util.concurrent.TimeUnit.MINUTES)
    void aDailyJobRunsOnceEachTimeWithTwoInstancesUp() {
        String url = TestDatabaseCondition.separateDatabase("ccmdesk_two");
        try (ConfigurableApplicationContext first = start(url, "first");
                ConfigurableApplicationContext second = start(url, "second")) {
            JdbcClient jdbc = first.getBean(JdbcClient.class);
            Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(
                        jdbc.sql("select instance_name from qrtz_scheduler_state").query(String.class).list())
                    .as("instances checked in")
                    .hasSize(2));
            Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .until(() -> jdbc.sql("select count(distinct scheduled_for) from background_run where job_name = :job")
                    .param("job", JOB)
                    .query(Integer.class)
                    .single() >= 4);

            List<Map<String, Object>> perFire = jdbc.sql("""
                    select scheduled_for, count(*) as runs from background_run where job_name = :job
                     group by scheduled_for order by scheduled_for""").param("job", JOB).query().listOfRows();
            assertThat(perFire).hasSizeGreaterThanOrEqualTo(4)
                .allSatisfy(fire -> assertThat(((Number) fire.get("runs")).intValue()).isEqualTo(1));
            assertThat(jdbc
                .sql("select count(*) from background_run where job_name = :job and finished_at is null"
                        + " and started_at < (select max(started_at) from background_run where job_name = :job)")
                .param("job", JOB)
                .query(Integer.class)
                .single()).as("every run but the latest finished").isZero();
        }
    }

    /** One scheduler name for the two, as for every instance of one installation. */
    private static final String SCHEDULER = "ccm-desk-two-" + java.util.UUID.randomUUID();

    private static ConfigurableApplicationContext start(String url, String name) {
        // Command-line arguments: they take precedence over application.properties, as an
        // operator's would.
        return new SpringApplicationBuilder(CcmDeskApplication.class).profiles("test")
            .run("--spring.datasource.url=" + url, "--spring.datasource.username=" + TestDatabaseCondition.user(),
                    "--spring.datasource.password=" + TestDatabaseCondition.password(), "--server.port=0",
                    "--" + CRON_PROPERTY + "=*/2 * * * * ?", "--spring.application.name=ccm-desk-" + name,
                    "--spring.quartz.scheduler-name=" + SCHEDULER);
    }

}

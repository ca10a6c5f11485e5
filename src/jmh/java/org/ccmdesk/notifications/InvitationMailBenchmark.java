package org.ccmdesk.notifications;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.ccmdesk.CcmDeskApplication;
import org.ccmdesk.accounts.CcmUser;
import org.ccmdesk.accounts.Role;
import org.ccmdesk.accounts.TestAccounts;
import org.ccmdesk.support.MailServer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Messages per second handed to a real SMTP server (GreenMail) for the batch the issue
 * names: the invitations of a meeting to all 197 states, one mission address each, each
 * message with its letter PDF attached. The application runs whole (H2 in memory); the
 * invitations are prepared and sent through its pages, so the messages and attachments are
 * the real ones; each iteration puts the 197 messages back to waiting and times one
 * delivery of all of them ({@code MailDelivery.deliverDue}, as the Quartz job calls it).
 * The score is per message; messages per second = 1000 / score.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(1)
public class InvitationMailBenchmark {

    static final int STATES = 197;

    private ConfigurableApplicationContext app;

    private MailDelivery delivery;

    private JdbcClient jdbc;

    @Setup(Level.Trial)
    public void start() throws Exception {
        MailServer.running();
        app = new SpringApplicationBuilder(CcmDeskApplication.class).profiles("test")
            .run("--spring.datasource.url=jdbc:h2:mem:mailbench;MODE=PostgreSQL;DB_CLOSE_DELAY=-1", "--server.port=0",
                    "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + MailServer.PORT,
                    "--ccm.mail.delivery-interval-seconds=86400", "--logging.level.root=warn");
        delivery = app.getBean(MailDelivery.class);
        jdbc = app.getBean(JdbcClient.class);
        CcmUser secretariat = app.getBean(TestAccounts.class).create(Role.SECRETARIAT);
        MockMvc mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) app)
            .apply(SecurityMockMvcConfigurers.springSecurity())
            .build();
        String name = "Benchmark " + UUID.randomUUID();
        jdbc.sql("""
                insert into meeting (name, short_name, kind, registration_by_ccm_desk, first_day, last_day, city, country,
                                     time_zone, source, cancelled, shipped, created_at)
                values (:name, :name, 'RELATED_MEETING', true, '2025-09-01', '2025-09-03', 'Geneva', 'Switzerland',
                        'Europe/Zurich', 'benchmark', false, false, :now)""")
            .param("name", name)
            .param("now", OffsetDateTime.parse("2025-06-01T00:00:00Z"))
            .update();
        long meeting = jdbc.sql("select id from meeting where name = :name").param("name", name).query(Long.class).single();
        mvc.perform(post("/meetings/{id}/invitations/prepare", meeting).with(csrf())
            .with(TestAccounts.as(secretariat))
            .param("signatoryName", "Wylbur C. Simuusa, MP")
            .param("signatoryTitle", "President of the Fourth Meeting of States Parties")
            .param("letterDate", "2025-06-01")
            .param("language", "en"));
        List<String> states = jdbc.sql("select state_iso3 from invitation where meeting_id = :m and state_iso3 is not null")
            .param("m", meeting)
            .query(String.class)
            .list();
        if (states.size() != STATES) {
            throw new IllegalStateException("Expected 197 invitations, found " + states.size());
        }
        for (String iso3 : states) {
            jdbc.sql("""
                    insert into mission_contact (state_iso3, email, language, created_at)
                    values (:iso3, :email, 'en', :now)""")
                .param("iso3", iso3)
                .param("email", "mission." + iso3.trim().toLowerCase() + "@geneva.example")
                .param("now", OffsetDateTime.parse("2025-06-01T00:00:00Z"))
                .update();
        }
        mvc.perform(post("/meetings/{id}/invitations/send", meeting).with(csrf()).with(TestAccounts.as(secretariat)));
        Instant limit = Instant.now().plus(Duration.ofMinutes(10));
        while (waiting() < STATES) {
            if (Instant.now().isAfter(limit)) {
                throw new IllegalStateException("Only " + waiting() + " invitation messages were written");
            }
            Thread.sleep(200);
        }
        System.out.printf("%n%d messages, letter PDFs of %d bytes on average%n", STATES,
                jdbc.sql("select avg(length(content)) from mail_attachment").query(Long.class).single());
    }

    @Setup(Level.Iteration)
    public void backToWaiting() {
        jdbc.sql("""
                update mail_message set status = 'WAITING', attempts = 0, sent_at = null,
                       next_attempt_at = timestamp with time zone '2000-01-01 00:00:00+00:00'
                 where kind = 'invitation'""").update();
        MailServer.fresh();
    }

    @Benchmark
    @OperationsPerInvocation(STATES)
    public int deliverTheBatch() {
        int sent = delivery.deliverDue();
        if (sent != STATES || MailServer.running().getReceivedMessages().length != STATES) {
            throw new IllegalStateException("Sent " + sent + ", received "
                    + MailServer.running().getReceivedMessages().length + " of " + STATES);
        }
        return sent;
    }

    @TearDown(Level.Trial)
    public void stop() {
        app.close();
    }

    private int waiting() {
        return jdbc.sql("select count(*) from mail_message where kind = 'invitation' and status = 'WAITING'")
            .query(Integer.class)
            .single();
    }

}

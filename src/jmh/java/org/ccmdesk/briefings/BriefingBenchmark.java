package org.ccmdesk.briefings;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.ccmdesk.CcmDeskApplication;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
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
 * The whole application on an in-memory H2 (the test profile), the shipped data and the
 * 2014 Intersessional Meeting: (1) one memo page (a State Party with its obligations
 * table) rendered warm through the real controller, security and templates (MockMvc);
 * (2) its PDF; (3) the pack of every state's memo for the meeting (197 states, no
 * invitation prepared), built as the background job builds it, one shot per iteration.
 * Targets: (1) under 100 ms, (3) under 60 s.
 */
@State(Scope.Benchmark)
public class BriefingBenchmark {

    ConfigurableApplicationContext context;

    MockMvc mvc;

    JdbcClient jdbc;

    BriefingPacks packs;

    long meeting;

    @Setup(Level.Trial)
    public void start() throws Exception {
        context = new SpringApplicationBuilder(CcmDeskApplication.class)
            .properties("spring.profiles.active=test", "server.port=0",
                    "spring.datasource.url=jdbc:h2:mem:briefing-bench;MODE=PostgreSQL;DB_CLOSE_DELAY=-1",
                    "logging.level.root=warn")
            .run();
        mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) context)
            .apply(SecurityMockMvcConfigurers.springSecurity())
            .build();
        jdbc = context.getBean(JdbcClient.class);
        packs = context.getBean(BriefingPacks.class);
        meeting = jdbc.sql("select id from meeting where short_name = 'Intersessional 2014'")
            .query(Long.class)
            .single();
        var page = mvc.perform(get("/briefings/" + meeting + "/SWZ")).andReturn().getResponse();
        String html = page.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        if (page.getStatus() != 200 || !html.contains("Swaziland") || !html.contains("id=\"obligations\"")) {
            throw new IllegalStateException("the memo page did not render Swaziland's memo: " + page.getStatus());
        }
    }

    @TearDown(Level.Trial)
    public void stop() {
        context.close();
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public int memoPage() throws Exception {
        return mvc.perform(get("/briefings/" + meeting + "/SWZ")).andReturn().getResponse().getContentLength();
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public int memoPdf() throws Exception {
        return mvc.perform(get("/briefings/" + meeting + "/SWZ/memo.pdf"))
            .andReturn()
            .getResponse()
            .getContentAsByteArray().length;
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 1)
    @Measurement(iterations = 2)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public int pack() {
        String id = UUID.randomUUID().toString();
        jdbc.sql("""
                insert into briefing_pack (id, meeting_id, as_of, language, total, done, status, requested_by,
                                           created_at)
                values (:id, :m, :asOf, 'en', 197, 0, 'RUNNING', 'bench', :now)""")
            .param("id", id)
            .param("m", meeting)
            .param("asOf", LocalDate.of(2014, 4, 7))
            .param("now", OffsetDateTime.now())
            .update();
        int built = packs.build(id);
        if (!packs.find(id).orElseThrow().isFinished()) {
            throw new IllegalStateException("the pack did not finish");
        }
        return built;
    }

}

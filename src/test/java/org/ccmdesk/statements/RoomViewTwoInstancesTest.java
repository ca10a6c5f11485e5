package org.ccmdesk.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

import org.ccmdesk.CcmDeskApplication;
import org.ccmdesk.accounts.CcmUser;
import org.ccmdesk.accounts.Role;
import org.ccmdesk.accounts.TestAccounts;
import org.ccmdesk.support.TestDatabaseCondition;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The console on one instance, the room view on another, one database (H2 in memory, and
 * PostgreSQL in the database run): the room view served by the second instance shows the
 * speaker the first one gave the floor to, at once and after the next speaker.
 */
@Tag("database")
@ExtendWith(TestDatabaseCondition.class)
class RoomViewTwoInstancesTest {

    private static final String SCHEDULER = "ccm-desk-room-" + UUID.randomUUID();

    @Test
    @Timeout(value = 3, unit = java.util.concurrent.TimeUnit.MINUTES)
    void theRoomViewOfOneInstanceFollowsTheConsoleOfTheOther() throws Exception {
        String url = TestDatabaseCondition.separateDatabase("ccmdesk_room");
        try (ConfigurableApplicationContext consoleSide = start(url, "console");
                ConfigurableApplicationContext roomSide = start(url, "room")) {
            JdbcClient jdbc = consoleSide.getBean(JdbcClient.class);
            long meeting = SpeakersListTest.newMeeting(jdbc);
            long item = SpeakersListTest.newItem(jdbc, meeting, 1, "Universalization");
            SpeakersLists lists = consoleSide.getBean(SpeakersLists.class);
            CcmUser secretariat = consoleSide.getBean(TestAccounts.class).create(Role.SECRETARIAT);
            SecurityContextHolder.getContext()
                .setAuthentication(
                        new UsernamePasswordAuthenticationToken(secretariat, null, secretariat.getAuthorities()));
            try {
                for (String party : new String[] { "NOR", "CHL" }) {
                    lists.inscribe(meeting, new Inscription(item, party, "Head of delegation", SpeechType.STATEMENT,
                            StatementCategory.GENERAL, false));
                }
                String room = "http://localhost:" + roomSide.getEnvironment().getProperty("local.server.port")
                        + "/meetings/" + meeting + "/room/now?item=" + item;
                assertThat(get(room)).contains("Nobody is speaking.");
                lists.next(meeting, item);
                assertThat(get(room)).contains("id=\"current-party\">Norway<").contains(">5:00<");
                lists.next(meeting, item);
                assertThat(get(room)).contains("id=\"current-party\">Chile<");
            }
            finally {
                SecurityContextHolder.clearContext();
            }
        }
    }

    private static String get(String url) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private static ConfigurableApplicationContext start(String url, String name) {
        return new SpringApplicationBuilder(CcmDeskApplication.class).profiles("test")
            .run("--spring.datasource.url=" + url, "--spring.datasource.username=" + TestDatabaseCondition.user(),
                    "--spring.datasource.password=" + TestDatabaseCondition.password(), "--server.port=0",
                    "--spring.application.name=ccm-desk-" + name, "--spring.quartz.scheduler-name=" + SCHEDULER);
    }

}

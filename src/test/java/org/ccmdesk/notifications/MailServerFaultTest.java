package org.ccmdesk.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import org.awaitility.Awaitility;
import org.ccmdesk.support.DatabaseTest;
import org.ccmdesk.support.MailServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The mail server goes away in the middle of a batch and comes back: every message
 * arrives (counted in the server by the message's own header), each once, but for the one
 * that was on the wire at the cut, which may arrive twice with one Message-ID.
 */
@DatabaseTest
@TestPropertySource(properties = { "ccm.mail.max-attempts=100000", "ccm.mail.batch-size=20" })
class MailServerFaultTest {

    static final int MESSAGES = 120;

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        MailServer.register(registry);
        // A database of its own: the other test contexts that send mail share the common
        // one and
        // would deliver (and give up on) this test's messages with their own settings.
        String url = org.ccmdesk.support.TestDatabaseCondition.separateDatabase("ccmdesk_fault");
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", org.ccmdesk.support.TestDatabaseCondition::user);
        registry.add("spring.datasource.password", org.ccmdesk.support.TestDatabaseCondition::password);
    }

    @Autowired
    MailQueue queue;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @AfterEach
    void serverBackUp() {
        MailServer.running();
    }

    @Test
    void aServerThatStopsMidBatchLosesNothingAndDuplicatesNothing() throws Exception {
        MailServer.stop();
        String run = Long.toString(System.nanoTime());
        byte[] pdf = new byte[150_000];
        new Random(7).nextBytes(pdf);
        transactions.executeWithoutResult(status -> {
            for (int i = 0; i < MESSAGES; i++) {
                queue.enqueue(new OutgoingMessage("fault-test:" + run + ":" + i, "test", Topic.SYSTEM,
                        Recipient.of("fault-" + i + "@mission.test", "Mission " + i, "en", null), Map.of(),
                        List.of(OutgoingMessage.Attachment.pdf("letter-" + i + ".pdf", pdf))));
            }
        });
        Awaitility.await()
            .dontCatchUncaughtExceptions()
            .atMost(Duration.ofSeconds(20))
            .until(() -> count("where cause like :run and attempts > 0", run) > 0);
        assertThat(count("where cause like :run and status = 'SENT'", run)).isZero();

        GreenMail server = MailServer.fresh();
        Awaitility.await()
            .dontCatchUncaughtExceptions()
            .atMost(Duration.ofSeconds(60))
            .pollInterval(Duration.ofMillis(20))
            .until(() -> ours(server).length >= 15);
        MailServer.stop();
        assertThat(ours(server).length).as("stopped in the middle, not after the end").isLessThan(MESSAGES);

        Awaitility.await()
            .dontCatchUncaughtExceptions()
            .atMost(Duration.ofSeconds(20))
            .until(() -> count("where cause like :run and status = 'WAITING' and last_error is not null", run) > 0);
        MailServer.running();
        Awaitility.await()
            .dontCatchUncaughtExceptions()
            .atMost(Duration.ofSeconds(90))
            .until(() -> count("where cause like :run and status = 'SENT'", run) == MESSAGES);

        // Nothing more arrives once all are sent.
        int received = ours(server).length;
        Awaitility.await()
            .dontCatchUncaughtExceptions()
            .during(Duration.ofSeconds(2))
            .atMost(Duration.ofSeconds(5))
            .until(() -> ours(server).length == received);
        MimeMessage[] all = ours(server);
        Map<String, Long> times = ids(all).stream()
            .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(times).as("every message arrived").hasSize(MESSAGES);
        // Only the message on the wire when the connection was cut may be there twice:
        // the
        // server kept it, its answer never came back (no SMTP client can tell), so it was
        // sent again, with the same Message-ID, which the recipient's mail system shows
        // once.
        assertThat(times.values().stream().filter(n -> n > 1).toList()).as("copies beyond one")
            .hasSizeLessThanOrEqualTo(1)
            .allMatch(n -> n == 2);
        Map<String, java.util.Set<String>> messageIds = new java.util.HashMap<>();
        for (MimeMessage message : all) {
            messageIds
                .computeIfAbsent(message.getHeader(MailMessages.MESSAGE_HEADER)[0], k -> new java.util.HashSet<>())
                .add(message.getMessageID());
        }
        assertThat(messageIds.values()).allMatch(ids -> ids.size() == 1);
        assertThat(messageIds.values().stream().flatMap(java.util.Set::stream).distinct()).hasSize(MESSAGES);
    }

    /**
     * This test's messages: other test contexts of the JVM deliver theirs to the same
     * server.
     */
    private static MimeMessage[] ours(GreenMail server) {
        return MailServer.toAddressesEndingWith("@mission.test").toArray(MimeMessage[]::new);
    }

    private int count(String where, String run) {
        return jdbc.sql("select count(*) from mail_message " + where)
            .param("run", "fault-test:" + run + ":%")
            .query(Integer.class)
            .single();
    }

    private static List<String> ids(MimeMessage[] messages) {
        return Arrays.stream(messages).map(m -> {
            try {
                return m.getHeader(MailMessages.MESSAGE_HEADER)[0];
            }
            catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

}

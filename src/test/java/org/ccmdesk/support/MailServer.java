package org.ccmdesk.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.awaitility.Awaitility;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real SMTP server for the tests (GreenMail), one per test JVM, reached through
 * {@link SmtpLink} on a port chosen at start, so that every test context that sends mail
 * points at the same address and is cached. {@link #stop()} takes the server off the
 * network (connections cut, new ones refused) and {@link #running()} brings it back; what
 * it received stays countable across the outage.
 */
public final class MailServer {

    /** The port the application sends to. */
    public static final int PORT = freePort();

    /** The port the server listens on, behind the link. */
    private static final int TARGET = freePort();

    private static final SmtpLink LINK = new SmtpLink(PORT, TARGET);

    private static GreenMail server;

    private MailServer() {
    }

    /** The running server, reachable, with its mailboxes emptied. */
    public static synchronized GreenMail fresh() {
        GreenMail running = running();
        try {
            running.purgeEmailFromAllMailboxes();
        }
        catch (Exception e) {
            throw new IllegalStateException("Could not empty the test mail server", e);
        }
        return running;
    }

    /** The server, started on first use, and reachable. */
    public static synchronized GreenMail running() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(TARGET, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
        }
        LINK.up();
        return server;
    }

    /** What the server received, without bringing it back on the network if it is off. */
    private static synchronized MimeMessage[] received() {
        if (server == null) {
            running();
        }
        return server.getReceivedMessages();
    }

    /** Takes the server off the network until {@link #running()} is called. */
    public static synchronized void stop() {
        LINK.down();
    }

    /** For {@code @DynamicPropertySource}: the application sends to this server. */
    public static void register(DynamicPropertyRegistry registry) {
        running();
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> PORT);
        registry.add("ccm.mail.delivery-interval-seconds", () -> 1);
    }

    /**
     * Waits (up to 30 s) until the server holds at least {@code count} messages; answers
     * them all.
     */
    public static List<MimeMessage> awaitMessages(int count) {
        Awaitility.await()
            .atMost(Duration.ofSeconds(30))
            .pollInterval(Duration.ofMillis(100))
            .until(() -> running().getReceivedMessages().length >= count);
        return Arrays.asList(running().getReceivedMessages());
    }

    /**
     * The messages received for addresses ending with {@code suffix} (a test's own
     * domain): other test contexts of the JVM share the database and deliver their own
     * messages here.
     */
    public static List<MimeMessage> toAddressesEndingWith(String suffix) {
        return Arrays.stream(received()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients())
                    .anyMatch(r -> r.toString().toLowerCase(java.util.Locale.ROOT).endsWith(suffix));
            }
            catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /** The messages received for {@code address}. */
    public static List<MimeMessage> to(String address) {
        return Arrays.stream(received()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(r -> r.toString().equalsIgnoreCase(address));
            }
            catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}

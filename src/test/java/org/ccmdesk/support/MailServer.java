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
 * A real SMTP server for the tests (GreenMail), one per test JVM on a port chosen at
 * start, so that every test context that sends mail points at the same server and is
 * cached. A test may stop and start it (the port stays) to see what happens when the
 * server is down.
 */
public final class MailServer {

    public static final int PORT = freePort();

    private static GreenMail server;

    private MailServer() {
    }

    /** The running server, started on first use; its mailboxes are emptied. */
    public static synchronized GreenMail fresh() {
        GreenMail running = running();
        running.reset();
        return running;
    }

    public static synchronized GreenMail running() {
        if (server == null || !server.isRunning()) {
            server = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
        }
        return server;
    }

    /**
     * Stops the server: connections are refused until {@link #running()} starts it again.
     */
    public static synchronized void stop() {
        if (server != null) {
            server.stop();
        }
    }

    /** For {@code @DynamicPropertySource}: the application sends to this server. */
    public static void register(DynamicPropertyRegistry registry) {
        running();
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> PORT);
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

    /** The messages received for {@code address}. */
    public static List<MimeMessage> to(String address) {
        return Arrays.stream(running().getReceivedMessages()).filter(m -> {
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

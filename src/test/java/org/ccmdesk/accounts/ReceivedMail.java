package org.ccmdesk.accounts;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import org.awaitility.Awaitility;
import org.ccmdesk.support.MailServer;

/** Reading the password messages the test SMTP server received. */
public final class ReceivedMail {

    private static final Pattern LINK = Pattern.compile("https?://[^/\\s]+(/password-reset/[A-Za-z0-9_-]+)");

    private ReceivedMail() {
    }

    /**
     * Waits (up to 30 s) until {@code address} received {@code count} messages; answers
     * them.
     */
    public static List<MimeMessage> awaitTo(String address, int count) {
        Awaitility.await()
            .atMost(Duration.ofSeconds(30))
            .pollInterval(Duration.ofMillis(100))
            .until(() -> MailServer.to(address).size() >= count);
        return MailServer.to(address);
    }

    /** The plain text body. */
    public static String text(MimeMessage message) {
        return part(message, "text/plain");
    }

    /** The HTML body. */
    public static String html(MimeMessage message) {
        return part(message, "text/html");
    }

    /**
     * The path of the one-time link in the text body (the test application's address is
     * not the public one the link starts with).
     */
    public static String passwordPath(MimeMessage message) {
        Matcher link = LINK.matcher(text(message));
        if (!link.find()) {
            throw new AssertionError("No password link in: " + text(message));
        }
        return link.group(1);
    }

    private static String part(Part part, String type) {
        try {
            if (part.isMimeType(type)) {
                return (String) part.getContent();
            }
            if (part.getContent() instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart child = multipart.getBodyPart(i);
                    String found = child.isMimeType("multipart/*") || child.isMimeType(type) ? part(child, type) : null;
                    if (found != null) {
                        return found;
                    }
                }
            }
            return null;
        }
        catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

}

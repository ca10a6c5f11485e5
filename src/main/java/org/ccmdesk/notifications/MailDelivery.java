package org.ccmdesk.notifications;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;

/**
 * Hands waiting messages to the mail server ({@code spring.mail.*}), a batch at a time
 * over one connection. Each message is first claimed (compare-and-set from waiting to
 * sending), so two instances never send the same one; a message the server refuses waits
 * for its next attempt with the server's answer kept; one claimed by an instance that
 * stopped is released after the claim timeout. With no server configured nothing is sent
 * and everything waits.
 */
@Service
class MailDelivery {

    private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);

    private final ObjectProvider<JavaMailSender> sender;

    private final MailMessages messages;

    private final MailSettings settings;

    private final Clock clock;

    MailDelivery(ObjectProvider<JavaMailSender> sender, MailMessages messages, MailSettings settings, Clock clock) {
        this.sender = sender;
        this.messages = messages;
        this.settings = settings;
        this.clock = clock;
    }

    /** Whether a mail server is configured. */
    boolean configured() {
        return sender.getIfAvailable() != null;
    }

    /**
     * Sends what is due, batch after batch, until nothing is; answers how many were sent.
     */
    int deliverDue() {
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null) {
            return 0;
        }
        messages.releaseStaleClaims(OffsetDateTime.now(clock).minus(settings.claimTimeout()));
        int sent = 0;
        while (true) {
            List<Long> claimed = messages.claimDue(OffsetDateTime.now(clock), settings.batchSize());
            if (claimed.isEmpty()) {
                return sent;
            }
            int batch = send(mail, claimed);
            sent += batch;
            if (batch == 0) {
                // The server refused the whole batch: the rest waits for its next
                // attempt.
                return sent;
            }
        }
    }

    private int send(JavaMailSender mail, List<Long> ids) {
        Map<MimeMessage, Long> byMessage = new IdentityHashMap<>();
        for (Long id : ids) {
            try {
                byMessage.put(messages.mime(mail, id, settings.from()), id);
            }
            catch (MessagingException | RuntimeException e) {
                log.warn("Message {} could not be written", id, e);
                messages.failed(id, "Could not be written: " + e.getMessage(), OffsetDateTime.now(clock),
                        settings.policy());
            }
        }
        List<Long> delivered = new ArrayList<>(byMessage.values());
        try {
            mail.send(byMessage.keySet().toArray(MimeMessage[]::new));
        }
        catch (MailSendException e) {
            e.getFailedMessages().forEach((failed, cause) -> {
                Long id = failed instanceof MimeMessage mime ? byMessage.get(mime) : null;
                if (id != null) {
                    delivered.remove(id);
                    messages.failed(id, answer(cause), OffsetDateTime.now(clock), settings.policy());
                }
            });
            if (e.getFailedMessages().isEmpty()) {
                delivered.forEach(id -> messages.failed(id, answer(e), OffsetDateTime.now(clock), settings.policy()));
                delivered.clear();
            }
        }
        catch (MailException e) {
            delivered.forEach(id -> messages.failed(id, answer(e), OffsetDateTime.now(clock), settings.policy()));
            delivered.clear();
        }
        messages.sent(delivered, OffsetDateTime.now(clock));
        return delivered.size();
    }

    /** What the server (or the connection to it) answered, innermost cause first. */
    static String answer(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String text = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        String answer = text.strip().replaceAll("\\s+", " ");
        return answer.length() > 1000 ? answer.substring(0, 1000) : answer;
    }

}

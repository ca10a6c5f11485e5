package org.ccmdesk.notifications;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.ccmdesk.system.GeneratedId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the messages listeners decide to send. A message is written once per cause, kind
 * and recipient: an event handled again (after a restart, or published twice) finds it
 * there and adds nothing, so nobody receives the same message twice for one cause. A
 * message to someone who stopped its topic is kept as stopped, so the secretariat sees it
 * was not sent and why.
 */
@Service
class MailQueue {

    private final JdbcClient jdbc;

    private final MailComposer composer;

    private final MailPreferences preferences;

    private final Clock clock;

    MailQueue(JdbcClient jdbc, MailComposer composer, MailPreferences preferences, Clock clock) {
        this.jdbc = jdbc;
        this.composer = composer;
        this.preferences = preferences;
        this.clock = clock;
    }

    /**
     * Writes and keeps the message, in the listener's transaction; answers its id, or
     * nothing if a message for the same cause, kind and recipient is already kept.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    Optional<Long> enqueue(OutgoingMessage message) {
        Recipient to = message.to();
        if (exists(message)) {
            return Optional.empty();
        }
        boolean wanted = !message.topic().optional() || preferences.allows(to, message.topic());
        String stopLink = preferences.stopLink(to, message.topic()).orElse(null);
        MailComposer.Written written = composer.write(message, stopLink);
        OffsetDateTime now = OffsetDateTime.now(clock);
        long id = GeneratedId.insert(jdbc.sql("""
                insert into mail_message (cause, kind, topic, recipient, recipient_name, user_id, language, subject,
                       body_text, body_html, status, attempts, created_at, next_attempt_at, stop_link)
                values (:cause, :kind, :topic, :recipient, :name, :user, :language, :subject, :text, :html, :status, 0,
                       :now, :now, :stopLink)""")
            .param("cause", truncate(message.cause(), 300))
            .param("kind", message.kind())
            .param("topic", message.topic().name())
            .param("recipient", to.email())
            .param("name", to.name() == null ? null : truncate(to.name(), 200))
            .param("user", to.userId())
            .param("language", to.language().getLanguage())
            .param("subject", truncate(written.subject(), 500))
            .param("text", written.text())
            .param("html", written.html())
            .param("status", (wanted ? MailStatus.WAITING : MailStatus.STOPPED).name())
            .param("now", now)
            .param("stopLink", stopLink));
        for (OutgoingMessage.Attachment attachment : message.attachments()) {
            jdbc.sql("""
                    insert into mail_attachment (message_id, file_name, content_type, content)
                    values (:message, :name, :type, :content)""")
                .param("message", id)
                .param("name", attachment.fileName())
                .param("type", attachment.contentType())
                .param("content", attachment.content())
                .update();
        }
        return Optional.of(id);
    }

    private boolean exists(OutgoingMessage message) {
        return jdbc.sql("""
                select count(*) from mail_message where cause = :cause and kind = :kind and recipient = :recipient""")
            .param("cause", truncate(message.cause(), 300))
            .param("kind", message.kind())
            .param("recipient", message.to().email())
            .query(Integer.class)
            .single() > 0;
    }

    private static String truncate(String value, int max) {
        return value.length() > max ? value.substring(0, max) : value;
    }

}

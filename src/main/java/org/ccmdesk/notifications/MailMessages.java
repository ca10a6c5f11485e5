package org.ccmdesk.notifications;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Repository;

/**
 * The kept messages and their state. Every change of state is a compare-and-set on the
 * state it leaves, so an instance that lost a message to another changes nothing.
 */
@Repository
class MailMessages {

    /**
     * The header that names the message in CCM Desk, for the recipient's server and for
     * tests.
     */
    static final String MESSAGE_HEADER = "X-CCM-Desk-Message";

    /**
     * RFC 8058: the link a mail client may call to stop such messages, and how (a POST
     * that needs nothing but the link).
     */
    static final String LIST_UNSUBSCRIBE = "List-Unsubscribe";

    static final String LIST_UNSUBSCRIBE_POST = "List-Unsubscribe-Post";

    private final JdbcClient jdbc;

    MailMessages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Claims up to {@code limit} messages due at {@code now}, oldest first; answers the
     * ones claimed.
     */
    List<Long> claimDue(OffsetDateTime now, int limit) {
        List<Long> due = jdbc.sql("""
                select id from mail_message where status = 'WAITING' and next_attempt_at <= :now
                 order by next_attempt_at, id fetch next :limit rows only""")
            .param("now", now)
            .param("limit", limit)
            .query(Long.class)
            .list();
        return due.stream().filter(id -> jdbc.sql("""
                update mail_message set status = 'SENDING', claimed_at = :now
                 where id = :id and status = 'WAITING'""").param("now", now).param("id", id).update() == 1).toList();
    }

    /**
     * Messages claimed before {@code before} by an instance that never finished: back to
     * waiting.
     */
    int releaseStaleClaims(OffsetDateTime before) {
        return jdbc.sql("""
                update mail_message set status = 'WAITING', claimed_at = null
                 where status = 'SENDING' and claimed_at < :before""").param("before", before).update();
    }

    void sent(List<Long> ids, OffsetDateTime now) {
        if (ids.isEmpty()) {
            return;
        }
        jdbc.sql("""
                update mail_message set status = 'SENT', sent_at = :now, attempts = attempts + 1, last_error = null,
                       claimed_at = null
                 where id in (:ids) and status = 'SENDING'""").param("now", now).param("ids", ids).update();
    }

    void failed(long id, String answer, OffsetDateTime now, DeliveryPolicy policy) {
        int attempts = jdbc.sql("select attempts from mail_message where id = :id")
            .param("id", id)
            .query(Integer.class)
            .single() + 1;
        DeliveryPolicy.Outcome outcome = policy.afterFailure(attempts, now);
        jdbc.sql("""
                update mail_message set status = :status, attempts = :attempts, last_error = :answer,
                       next_attempt_at = :next, claimed_at = null
                 where id = :id and status = 'SENDING'""")
            .param("status", outcome.status().name())
            .param("attempts", attempts)
            .param("answer", answer)
            .param("next", outcome.nextAttemptAt())
            .param("id", id)
            .update();
    }

    /**
     * Puts a sent, failed or stopped message back in the queue, to leave at the next
     * delivery; answers false if it is waiting or on its way already, or has no body
     * left.
     */
    boolean resend(long id, OffsetDateTime now) {
        return jdbc.sql("""
                update mail_message set status = 'WAITING', next_attempt_at = :now, last_error = null
                 where id = :id and status in ('SENT', 'FAILED', 'STOPPED') and bodies_deleted_at is null""")
            .param("now", now)
            .param("id", id)
            .update() == 1;
    }

    /**
     * Deletes bodies and attachments of messages created before {@code before}; answers
     * how many.
     */
    int deleteBodiesBefore(OffsetDateTime before, OffsetDateTime now) {
        jdbc.sql("""
                delete from mail_attachment where message_id in
                       (select id from mail_message where created_at < :before and status <> 'WAITING')""")
            .param("before", before)
            .update();
        return jdbc.sql("""
                update mail_message set body_text = null, body_html = null, bodies_deleted_at = :now
                 where created_at < :before and status <> 'WAITING' and bodies_deleted_at is null""")
            .param("before", before)
            .param("now", now)
            .update();
    }

    /** The message as MIME: text and HTML alternatives, and its attachments. */
    MimeMessage mime(JavaMailSender mail, long id, String from) throws MessagingException {
        Stored stored = jdbc.sql("""
                select recipient, recipient_name, subject, body_text, body_html, stop_link from mail_message
                 where id = :id""").param("id", id).query(Stored.class).single();
        List<StoredAttachment> attachments = jdbc
            .sql("select file_name, content_type, content from mail_attachment where message_id = :id order by id")
            .param("id", id)
            .query(StoredAttachment.class)
            .list();
        MimeMessage message = new OneIdMessage(mail.createMimeMessage(), id, from);
        MimeMessageHelper helper = new MimeMessageHelper(message, MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED,
                StandardCharsets.UTF_8.name());
        helper.setFrom(from);
        helper.setTo(stored.recipient());
        helper.setSubject(stored.subject());
        helper.setText(stored.bodyText(), stored.bodyHtml());
        for (StoredAttachment attachment : attachments) {
            helper.addAttachment(attachment.fileName(), new ByteArrayResource(attachment.content()),
                    attachment.contentType());
        }
        message.setHeader(MESSAGE_HEADER, Long.toString(id));
        if (stored.stopLink() != null) {
            message.setHeader(LIST_UNSUBSCRIBE, "<" + stored.stopLink() + ">");
            message.setHeader(LIST_UNSUBSCRIBE_POST, "List-Unsubscribe=One-Click");
        }
        return message;
    }

    Optional<MailMessageView> find(long id) {
        return jdbc.sql(MailMessageView.SELECT + " where m.id = :id")
            .param("id", id)
            .query(MailMessageView.class)
            .optional();
    }

    List<String> attachmentNames(long id) {
        return jdbc.sql("select file_name from mail_attachment where message_id = :id order by id")
            .param("id", id)
            .query(String.class)
            .list();
    }

    record Stored(String recipient, String recipientName, String subject, String bodyText, String bodyHtml,
            String stopLink) {
    }

    record StoredAttachment(String fileName, String contentType, byte[] content) {
    }

}

package org.ccmdesk.notifications;

import java.time.OffsetDateTime;

/** A kept message as the secretariat sees it at {@code /admin/mail}. */
record MailMessageView(long id, String cause, String kind, String topic, String recipient, String recipientName,
        String language, String subject, String bodyText, String status, int attempts, String lastError,
        OffsetDateTime createdAt, OffsetDateTime nextAttemptAt, OffsetDateTime sentAt, OffsetDateTime bodiesDeletedAt,
        int attachments) {

    static final String SELECT = """
            select m.id, m.cause, m.kind, m.topic, m.recipient, m.recipient_name, m.language, m.subject, m.body_text,
                   m.status, m.attempts, m.last_error, m.created_at, m.next_attempt_at, m.sent_at, m.bodies_deleted_at,
                   (select count(*) from mail_attachment a where a.message_id = m.id) as attachments
              from mail_message m""";

    public MailStatus state() {
        return MailStatus.valueOf(status);
    }

    /**
     * Bodies of messages that carry a one-time password link are not shown: the link is
     * for its recipient alone.
     */
    public boolean bodyShown() {
        return bodyText != null && !Topic.ACCOUNT.name().equals(topic);
    }

}

package org.ccmdesk.notifications;

import java.util.List;
import java.util.Map;

/**
 * A message a listener decided to send: its cause (the event and what in it the message
 * is about; with the kind and the recipient it is unique, so handling the same event
 * again sends nothing more), its kind (which names its templates,
 * {@code mail/<kind>.html} and {@code mail/<kind>.txt}, and its subject,
 * {@code mail.<kind>.subject}), the values the templates read and the files attached.
 */
record OutgoingMessage(String cause, String kind, Topic topic, Recipient to, Map<String, Object> model,
        List<Attachment> attachments) {

    OutgoingMessage {
        model = Map.copyOf(model);
        attachments = List.copyOf(attachments);
    }

    OutgoingMessage(String cause, String kind, Topic topic, Recipient to, Map<String, Object> model) {
        this(cause, kind, topic, to, model, List.of());
    }

    /** A file sent with a message. */
    record Attachment(String fileName, String contentType, byte[] content) {

        static Attachment pdf(String fileName, byte[] content) {
            return new Attachment(fileName, "application/pdf", content);
        }

        static Attachment calendar(String fileName, byte[] content) {
            return new Attachment(fileName, "text/calendar; charset=UTF-8", content);
        }

    }

}

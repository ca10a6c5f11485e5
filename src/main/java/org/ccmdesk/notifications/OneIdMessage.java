package org.ccmdesk.notifications;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * A message whose {@code Message-ID} is the same at every attempt
 * ({@code <ccm-desk.<id>@<sender's domain>>}), instead of a new one each time. When the
 * connection to the server breaks after the server kept a message but before its answer
 * came back, the message is sent again and the server holds it twice: no SMTP client can
 * know, but with one identifier the recipient's mail system shows it once.
 */
class OneIdMessage extends MimeMessage {

    private final String messageId;

    OneIdMessage(MimeMessage template, long id, String from) {
        super(template.getSession() != null ? template.getSession() : Session.getInstance(new java.util.Properties()));
        this.messageId = "<ccm-desk." + id + "@" + domainOf(from) + ">";
    }

    @Override
    protected void updateMessageID() throws MessagingException {
        setHeader("Message-ID", messageId);
    }

    static String domainOf(String from) {
        try {
            String address = new InternetAddress(from).getAddress();
            int at = address.lastIndexOf('@');
            return at < 0 || at == address.length() - 1 ? "ccm-desk.invalid" : address.substring(at + 1);
        }
        catch (AddressException e) {
            return "ccm-desk.invalid";
        }
    }

}

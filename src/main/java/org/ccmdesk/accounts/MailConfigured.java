package org.ccmdesk.accounts;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Whether CCM Desk can send mail (a server is configured, {@code spring.mail.host}): then
 * password links go to their users by mail only; without one, the secretariat's page
 * shows the link to pass on by hand, and the sign-in page offers no self-service reset.
 */
@Component
class MailConfigured {

    private final ObjectProvider<JavaMailSender> sender;

    MailConfigured(ObjectProvider<JavaMailSender> sender) {
        this.sender = sender;
    }

    boolean yes() {
        return sender.getIfAvailable() != null;
    }

}

package org.ccmdesk.notifications;

import java.util.Map;

import org.ccmdesk.accounts.PasswordLinkIssued;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Messages about a person's account: the link to choose the password of a new account, or
 * a new password. They cannot be stopped (without them nobody could sign in), and each
 * issued link is sent once: the cause names the link, not only the user.
 */
@Component
class AccountMessages {

    static final String ACCOUNT_CREATED = "account-created";

    static final String PASSWORD_RESET = "password-reset";

    private final MailQueue queue;

    AccountMessages(MailQueue queue) {
        this.queue = queue;
    }

    @ApplicationModuleListener
    void on(PasswordLinkIssued issued) {
        Recipient to = Recipient.of(issued.email(), issued.name(), issued.language(), issued.userId());
        String kind = issued.newAccount() ? ACCOUNT_CREATED : PASSWORD_RESET;
        queue.enqueue(new OutgoingMessage("password-link:" + issued.userId() + ":" + issued.tokenId(), kind,
                Topic.ACCOUNT, to, Map.of("link", issued.link(), "email", to.email())));
    }

}

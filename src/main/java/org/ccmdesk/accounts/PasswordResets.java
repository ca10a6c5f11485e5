package org.ccmdesk.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;

import org.ccmdesk.system.AuditedChange;
import org.ccmdesk.system.GeneratedId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One-time links to set a password: made for a new user, on a reset by the secretariat or
 * when a user asks for one on the sign-in page; valid for 24 hours, usable once. Only the
 * hash of the link's secret is stored; the link itself goes to the user in a message
 * ({@link PasswordLinkIssued}).
 */
@Service
class PasswordResets {

    static final Duration VALIDITY = Duration.ofHours(24);

    private final JdbcClient jdbc;

    private final AccountContacts contacts;

    private final PublicUrlSettings publicUrl;

    private final PasswordLinkThrottle throttle = PasswordLinkThrottle.DEFAULT;

    private final MailConfigured mail;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    PasswordResets(JdbcClient jdbc, AccountContacts contacts, PublicUrlSettings publicUrl, MailConfigured mail,
            ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.contacts = contacts;
        this.publicUrl = publicUrl;
        this.mail = mail;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Issues a new link for the user and answers it (absolute); earlier unused links stop
     * working.
     */
    @Transactional
    String issue(long userId, boolean newAccount) {
        AccountContact user = contacts.byId(userId).orElseThrow();
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.sql("update password_reset_token set used_at = :now where user_id = :user and used_at is null")
            .param("now", now)
            .param("user", userId)
            .update();
        String secret = Secrets.newToken();
        long tokenId = GeneratedId.insert(jdbc.sql("""
                insert into password_reset_token (user_id, token_hash, created_at, expires_at)
                values (:user, :hash, :now, :expires)""")
            .param("user", userId)
            .param("hash", Secrets.sha256(secret))
            .param("now", now)
            .param("expires", now.plus(VALIDITY)));
        events.publishEvent(AuditedChange.of("user", userId, "PASSWORD_RESET_ISSUED", null,
                Map.of("expiresAt", now.plus(VALIDITY).toString()), null));
        String link = publicUrl.link("/password-reset/{token}", secret);
        if (mail.yes()) {
            events.publishEvent(new PasswordLinkIssued(userId, tokenId, user.email(), user.name(), user.language(),
                    link, newAccount));
        }
        return link;
    }

    /**
     * Someone on the sign-in page asked for a link for {@code email}: sent only to an
     * enabled account, and not more often than the throttle allows. Answers nothing
     * either way, so that the page cannot tell whether the account exists.
     */
    @Transactional
    void forgotten(String email) {
        Optional<AccountContact> account = contacts.byEmail(email).filter(AccountContact::enabled);
        if (account.isEmpty()) {
            return;
        }
        long userId = account.get().userId();
        // two requests at once for one account are counted one after the other
        jdbc.sql("select id from app_user where id = :id for update").param("id", userId).query(Long.class).single();
        OffsetDateTime now = OffsetDateTime.now(clock);
        int recent = jdbc.sql("select count(*) from password_reset_token where user_id = :user and created_at > :since")
            .param("user", userId)
            .param("since", now.minus(throttle.window()))
            .query(Integer.class)
            .single();
        if (throttle.allows(recent)) {
            issue(userId, false);
        }
    }

    /** The user of a link that is unused and not expired. */
    @Transactional(readOnly = true)
    Optional<Long> userOf(String secret) {
        if (secret == null || secret.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql("""
                select user_id from password_reset_token
                 where token_hash = :hash and used_at is null and expires_at > :now""")
            .param("hash", Secrets.sha256(secret))
            .param("now", OffsetDateTime.now(clock))
            .query(Long.class)
            .optional();
    }

    @Transactional
    void markUsed(String secret) {
        jdbc.sql("update password_reset_token set used_at = :now where token_hash = :hash")
            .param("now", OffsetDateTime.now(clock))
            .param("hash", Secrets.sha256(secret))
            .update();
    }

}

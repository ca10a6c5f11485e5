package org.ccmdesk.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;

import org.ccmdesk.system.AuditedChange;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One-time links to set a password: made for a new user or on a reset by the secretariat,
 * valid for 24 hours, usable once. Only the hash of the link's secret is stored.
 */
@Service
class PasswordResets {

    static final Duration VALIDITY = Duration.ofHours(24);

    private final JdbcClient jdbc;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    PasswordResets(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** Issues a new link secret for the user; earlier unused links stop working. */
    @Transactional
    String issue(long userId) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.sql("update password_reset_token set used_at = :now where user_id = :user and used_at is null")
            .param("now", now)
            .param("user", userId)
            .update();
        String secret = Secrets.newToken();
        jdbc.sql("""
                insert into password_reset_token (user_id, token_hash, created_at, expires_at)
                values (:user, :hash, :now, :expires)""")
            .param("user", userId)
            .param("hash", Secrets.sha256(secret))
            .param("now", now)
            .param("expires", now.plus(VALIDITY))
            .update();
        events.publishEvent(AuditedChange.of("user", userId, "PASSWORD_RESET_ISSUED", null,
                Map.of("expiresAt", now.plus(VALIDITY).toString()), null));
        return secret;
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

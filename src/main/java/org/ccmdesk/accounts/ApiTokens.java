package org.ccmdesk.accounts;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ccmdesk.system.AuditedChange;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens for scripts: created by a user, shown once, stored as a SHA-256
 * hash, acting with exactly that user's rights, revocable. Format: {@code ccm_} and 43
 * characters.
 */
@Service
class ApiTokens {

    static final String PREFIX = "ccm_";

    /** A token as listed on the account page (never its secret). */
    public record TokenInfo(long id, String name, String prefix, OffsetDateTime createdAt, OffsetDateTime lastUsedAt,
            OffsetDateTime revokedAt) {
    }

    private final JdbcClient jdbc;

    private final UserAccounts users;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    ApiTokens(JdbcClient jdbc, UserAccounts users, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.users = users;
        this.events = events;
        this.clock = clock;
    }

    /** Creates a token and answers its secret, which is not kept anywhere. */
    @Transactional
    String create(long userId, String name) {
        String secret = PREFIX + Secrets.newToken();
        jdbc.sql("""
                insert into api_token (user_id, name, token_prefix, token_hash, created_at)
                values (:user, :name, :prefix, :hash, :now)""")
            .param("user", userId)
            .param("name", name)
            .param("prefix", secret.substring(0, 10))
            .param("hash", Secrets.sha256(secret))
            .param("now", OffsetDateTime.now(clock))
            .update();
        events.publishEvent(AuditedChange.of("api_token", userId, "CREATE", null,
                Map.of("name", name, "prefix", secret.substring(0, 10)), null));
        return secret;
    }

    @Transactional
    boolean revoke(long userId, long tokenId) {
        int revoked = jdbc
            .sql("update api_token set revoked_at = :now where id = :id and user_id = :user and revoked_at is null")
            .param("now", OffsetDateTime.now(clock))
            .param("id", tokenId)
            .param("user", userId)
            .update();
        if (revoked > 0) {
            events.publishEvent(AuditedChange.of("api_token", tokenId, "REVOKE", Map.of("revoked", false),
                    Map.of("revoked", true), null));
        }
        return revoked > 0;
    }

    /** Revokes every live token of the user; answers how many. */
    @Transactional
    int revokeAll(long userId) {
        int revoked = jdbc.sql("update api_token set revoked_at = :now where user_id = :user and revoked_at is null")
            .param("now", OffsetDateTime.now(clock))
            .param("user", userId)
            .update();
        if (revoked > 0) {
            events.publishEvent(
                    AuditedChange.of("user", userId, "API_TOKENS_REVOKED", null, Map.of("revoked", revoked), null));
        }
        return revoked;
    }

    @Transactional(readOnly = true)
    List<TokenInfo> list(long userId) {
        return jdbc.sql("select * from api_token where user_id = :user order by created_at desc")
            .param("user", userId)
            .query((rs, n) -> new TokenInfo(rs.getLong("id"), rs.getString("name"), rs.getString("token_prefix"),
                    rs.getObject("created_at", OffsetDateTime.class),
                    rs.getObject("last_used_at", OffsetDateTime.class),
                    rs.getObject("revoked_at", OffsetDateTime.class)))
            .list();
    }

    /** The enabled user a live token belongs to; marks the token as used. */
    @Transactional
    Optional<CcmUser> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        Optional<Long> userId = jdbc
            .sql("select user_id from api_token where token_hash = :hash and revoked_at is null")
            .param("hash", Secrets.sha256(secret))
            .query(Long.class)
            .optional();
        if (userId.isEmpty()) {
            return Optional.empty();
        }
        jdbc.sql("update api_token set last_used_at = :now where token_hash = :hash")
            .param("now", OffsetDateTime.now(clock))
            .param("hash", Secrets.sha256(secret))
            .update();
        return users.findPrincipal(userId.get()).filter(CcmUser::isEnabled);
    }

}

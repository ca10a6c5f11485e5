package org.ccmdesk.notifications;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The key that signs stop links. It is in the database, not in the configuration or the
 * code: made at random by the first instance that needs it and read by every other, so
 * that a link written by one instance is accepted by all, and a key never leaves the
 * database it protects. Two instances that make one at the same moment keep the one
 * stored first (the primary key refuses the second).
 */
@Component
class MailSecret {

    private static final String STOP_LINKS = "stop-links";

    private final JdbcClient jdbc;

    private final TransactionTemplate separately;

    private final Clock clock;

    private volatile byte[] key;

    MailSecret(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.separately = new TransactionTemplate(transactions);
        // Apart from the caller's transaction: a refused insert must not spoil the
        // message being written (PostgreSQL aborts a transaction after an error).
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** The key for stop links; it never changes once stored, so it is kept once read. */
    byte[] stopLinkKey() {
        byte[] known = key;
        if (known == null) {
            known = stored().orElseGet(this::create);
            key = known;
        }
        return known;
    }

    private Optional<byte[]> stored() {
        return separately.execute(status -> jdbc.sql("select secret from notifications_secret where name = :name")
            .param("name", STOP_LINKS)
            .query(String.class)
            .optional()
            .map(Base64.getDecoder()::decode));
    }

    private byte[] create() {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        try {
            separately.executeWithoutResult(status -> jdbc.sql("""
                    insert into notifications_secret (name, secret, created_at) values (:name, :secret, :now)""")
                .param("name", STOP_LINKS)
                .param("secret", Base64.getEncoder().encodeToString(random))
                .param("now", OffsetDateTime.now(clock))
                .update());
            return random;
        }
        catch (DuplicateKeyException e) {
            // another instance stored its key first: that one counts
            return stored().orElseThrow();
        }
    }

}

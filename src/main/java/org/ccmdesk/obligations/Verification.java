package org.ccmdesk.obligations;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;

import org.ccmdesk.system.ActingUser;
import org.ccmdesk.system.AuditedChange;
import org.ccmdesk.system.NotFoundException;
import org.ccmdesk.system.StatusConflict;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The secretariat's verification of what a state reported: fulfilments and extension
 * requests.
 */
@Service
@Transactional
class Verification {

    private final JdbcClient jdbc;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    Verification(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** The secretariat confirms what a state reported. */
    void verify(long fulfilmentId) {
        markVerified("fulfilment", fulfilmentId);
    }

    /** The secretariat confirms an extension request that a state reported. */
    void verifyExtension(long extensionId) {
        markVerified("extension_request", extensionId);
    }

    /**
     * {@code table} is one of the two tables above, never user input; it is also the
     * audited entity type. Written only while not verified: of two verifications at once,
     * the second finds it verified and is refused (409 in the API), and only the first is
     * audited.
     */
    private void markVerified(String table, long id) {
        ActingUser user = ActingUser.current()
            .filter(ActingUser::isSecretariat)
            .orElseThrow(() -> new AccessDeniedException("only the secretariat verifies"));
        int updated = jdbc
            .sql("update " + table
                    + " set verified_by = :by, verified_at = :now where id = :id and verified_at is null")
            .param("by", user.email())
            .param("now", OffsetDateTime.now(clock))
            .param("id", id)
            .update();
        if (updated == 0) {
            boolean exists = jdbc.sql("select count(*) from " + table + " where id = :id")
                .param("id", id)
                .query(Integer.class)
                .single() > 0;
            if (!exists) {
                throw new NotFoundException("obligation.nothingToVerify");
            }
            throw new StatusConflict("VERIFIED", "obligation.alreadyVerified");
        }
        events.publishEvent(
                AuditedChange.of(table, id, "VERIFY", Map.of("verified", false), Map.of("verified", true), null));
    }

}

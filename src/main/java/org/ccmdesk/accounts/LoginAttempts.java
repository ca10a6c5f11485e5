package org.ccmdesk.accounts;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.ccmdesk.system.AuditedChange;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every login attempt, kept for the throttle, for the user's "recent logins" and in the
 * audit log.
 */
@Component
class LoginAttempts {

    /** One login as the user sees it on their account page. */
    public record Login(OffsetDateTime at, String clientAddress, boolean succeeded) {
    }

    private final JdbcClient jdbc;

    private final AuditTrail audit;

    private final Clock clock;

    LoginAttempts(JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Records an attempt. {@code counted} is false for an attempt refused by the
     * throttle: it is audited but does not prolong the lock.
     */
    @Transactional
    void record(String email, String clientAddress, boolean succeeded, boolean counted) {
        String normalized = UserAccounts.normalizeEmail(email);
        String shown = normalized.length() > 254 ? normalized.substring(0, 254) : normalized;
        if (counted) {
            jdbc.sql("""
                    insert into login_attempt (email, client_address, succeeded, attempted_at)
                    values (:email, :address, :ok, :at)""")
                .param("email", shown)
                .param("address", clientAddress == null ? "unknown" : clientAddress)
                .param("ok", succeeded)
                .param("at", OffsetDateTime.now(clock))
                .update();
        }
        String action = succeeded ? "LOGIN" : counted ? "LOGIN_FAILED" : "LOGIN_REFUSED_LOCKED";
        audit.write(succeeded ? shown : AuditTrail.ANONYMOUS,
                AuditedChange.of("login", shown, action, null, Map.of("email", shown), null));
    }

    @Transactional(readOnly = true)
    List<Login> recent(String email, int limit) {
        return jdbc.sql("""
                select attempted_at, client_address, succeeded from login_attempt where email = :email
                 order by attempted_at desc fetch first :limit rows only""")
            .param("email", UserAccounts.normalizeEmail(email))
            .param("limit", limit)
            .query((rs, n) -> new Login(rs.getObject(1, OffsetDateTime.class), rs.getString(2), rs.getBoolean(3)))
            .list();
    }

}

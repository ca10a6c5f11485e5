package org.ccmdesk.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Protection against guessing: after {@code max-failures} failed logins within
 * {@code window} for one e-mail address (counted since its last success), or from one
 * client address, further attempts are refused for {@code window} after the last of them.
 * Kept in the database, so that every instance sees the same counts.
 */
@Component
class LoginThrottle {

    private final JdbcClient jdbc;

    private final Clock clock;

    private final int maxFailures;

    private final Duration window;

    LoginThrottle(JdbcClient jdbc, Clock clock, LoginSettings settings) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.maxFailures = settings.maxFailures();
        this.window = settings.lockout();
    }

    Duration window() {
        return window;
    }

    @Transactional(readOnly = true)
    boolean isLocked(String email, String clientAddress) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        OffsetDateTime since = now.minus(window.multipliedBy(2));
        List<OffsetDateTime> byEmail = jdbc.sql("""
                select attempted_at from login_attempt
                 where email = :email and succeeded = false and attempted_at > :since
                   and attempted_at > coalesce((select max(attempted_at) from login_attempt
                                                 where email = :email and succeeded = true), :since)
                 order by attempted_at""")
            .param("email", UserAccounts.normalizeEmail(email))
            .param("since", since)
            .query(OffsetDateTime.class)
            .list();
        List<OffsetDateTime> byAddress = jdbc.sql("""
                select attempted_at from login_attempt
                 where client_address = :address and succeeded = false and attempted_at > :since
                 order by attempted_at""")
            .param("address", clientAddress)
            .param("since", since)
            .query(OffsetDateTime.class)
            .list();
        return lockedAt(byEmail, now) || lockedAt(byAddress, now);
    }

    /**
     * Locked while some run of {@code maxFailures} failures within the window ended less
     * than a window ago.
     */
    boolean lockedAt(List<OffsetDateTime> failures, OffsetDateTime now) {
        for (int last = maxFailures - 1; last < failures.size(); last++) {
            OffsetDateTime first = failures.get(last - maxFailures + 1);
            OffsetDateTime end = failures.get(last);
            if (!end.isAfter(first.plus(window)) && now.isBefore(end.plus(window))) {
                return true;
            }
        }
        return false;
    }

}

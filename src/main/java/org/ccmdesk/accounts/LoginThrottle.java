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
 * {@code window} for one e-mail address (counted since its last success), further
 * attempts for it are refused for {@code window} after the last of them. A client address
 * is locked the same way by {@code max-failures} wrong passwords of existing accounts, or
 * by {@code max-failures-per-address} failures of any kind, so that a few mistyped
 * e-mails behind a shared address (a mission's proxy, the conference Wi-Fi) lock nobody.
 * Kept in the database, so that every instance sees the same counts.
 */
@Component
class LoginThrottle {

    private final JdbcClient jdbc;

    private final Clock clock;

    private final int maxFailures;

    private final int maxFailuresPerAddress;

    private final Duration window;

    LoginThrottle(JdbcClient jdbc, Clock clock, LoginSettings settings) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.maxFailures = settings.maxFailures();
        this.maxFailuresPerAddress = settings.maxFailuresPerAddress();
        this.window = settings.lockout();
    }

    /** A failed attempt from an address: was the e-mail an existing account's? */
    record Failure(OffsetDateTime at, boolean knownAccount) {
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
        // whether the account exists is asked now, not stored with the attempt
        List<Failure> byAddress = jdbc.sql("""
                select a.attempted_at,
                       case when exists (select 1 from app_user u where u.email = a.email) then true else false end
                  from login_attempt a
                 where a.client_address = :address and a.succeeded = false and a.attempted_at > :since
                 order by a.attempted_at""")
            .param("address", clientAddress == null ? "unknown" : clientAddress)
            .param("since", since)
            .query((rs, n) -> new Failure(rs.getObject(1, OffsetDateTime.class), rs.getBoolean(2)))
            .list();
        return lockedAt(byEmail, now) || addressLockedAt(byAddress, now);
    }

    boolean addressLockedAt(List<Failure> failures, OffsetDateTime now) {
        List<OffsetDateTime> wrongPasswords = failures.stream().filter(Failure::knownAccount).map(Failure::at).toList();
        List<OffsetDateTime> all = failures.stream().map(Failure::at).toList();
        return lockedAt(wrongPasswords, now, maxFailures) || lockedAt(all, now, maxFailuresPerAddress);
    }

    boolean lockedAt(List<OffsetDateTime> failures, OffsetDateTime now) {
        return lockedAt(failures, now, maxFailures);
    }

    /**
     * Locked while some run of {@code threshold} failures within the window ended less
     * than a window ago.
     */
    private boolean lockedAt(List<OffsetDateTime> failures, OffsetDateTime now, int threshold) {
        for (int last = threshold - 1; last < failures.size(); last++) {
            OffsetDateTime first = failures.get(last - threshold + 1);
            OffsetDateTime end = failures.get(last);
            if (!end.isAfter(first.plus(window)) && now.isBefore(end.plus(window))) {
                return true;
            }
        }
        return false;
    }

}

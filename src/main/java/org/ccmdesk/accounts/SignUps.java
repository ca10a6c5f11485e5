package org.ccmdesk.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

import org.ccmdesk.system.AuditedChange;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A delegate opens their own account ("Create an account"): a new address gets a
 * delegate's account without a password and the one-time link that sets it (the same link
 * and message as an account the secretariat opens); an address that has an account gets,
 * at most, a new password link, through "forgot your password?" and its throttle. Nothing
 * tells the caller which happened. Accounts opened this way and not activated yet are
 * limited per hour, so that nobody fills the user table with strangers' addresses.
 */
@Service
class SignUps {

    static final PasswordLinkThrottle NEW_ACCOUNTS = new PasswordLinkThrottle(20, Duration.ofHours(1));

    private final UserAccounts users;

    private final PasswordResets resets;

    private final JdbcClient jdbc;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    SignUps(UserAccounts users, PasswordResets resets, JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.users = users;
        this.resets = resets;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    void signUp(String displayName, String email, String language) {
        if (users.emailTaken(email)) {
            resets.forgotten(email);
            return;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        int waiting = jdbc.sql("""
                select count(*) from app_user
                 where role = 'DELEGATE' and password_hash is null and created_at > :since""")
            .param("since", now.minus(NEW_ACCOUNTS.window()))
            .query(Integer.class)
            .single();
        if (!NEW_ACCOUNTS.allows(waiting)) {
            return;
        }
        long id = users.insert(email, displayName.trim(), null, Role.DELEGATE, language, false, now);
        Map<String, Object> created = new LinkedHashMap<>();
        created.put("email", UserAccounts.normalizeEmail(email));
        created.put("displayName", displayName.trim());
        created.put("role", Role.DELEGATE.name());
        created.put("language", language);
        created.put("selfService", true);
        events.publishEvent(AuditedChange.of("user", id, "CREATE", null, created, null));
        resets.issue(id, true);
    }

}

package org.ccmdesk.accounts;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.ccmdesk.system.AuditedChange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On a database without users, creates the one secretariat account: e-mail and password
 * from CCM_ADMIN_EMAIL / CCM_ADMIN_PASSWORD, or a random one-time password printed once
 * in the log, which must be changed at the first login. There is no default password.
 */
@Component
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final UserAccounts users;

    private final PasswordEncoder encoder;

    private final PasswordPolicy policy;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    private final String email;

    private final String password;

    FirstAdministrator(UserAccounts users, PasswordEncoder encoder, PasswordPolicy policy,
            ApplicationEventPublisher events, Clock clock, @Value("${CCM_ADMIN_EMAIL:}") String email,
            @Value("${CCM_ADMIN_PASSWORD:}") String password) {
        this.users = users;
        this.encoder = encoder;
        this.policy = policy;
        this.events = events;
        this.clock = clock;
        this.email = email.isBlank() ? "admin@ccmdesk.local" : email.trim();
        this.password = password;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (users.count() > 0) {
            return;
        }
        boolean generated = password.isBlank();
        String secret = generated ? Secrets.newPassword() : password;
        if (!generated) {
            List<String> problems = policy.problems(secret, email);
            if (!problems.isEmpty()) {
                throw new IllegalStateException("CCM_ADMIN_PASSWORD breaks the password rules " + problems
                        + ": at least 12 characters, not the e-mail address, not a common password");
            }
        }
        try {
            long id = users.insert(email, "Secretariat administrator", encoder.encode(secret), Role.SECRETARIAT,
                    generated, OffsetDateTime.now(clock));
            events.publishEvent(AuditedChange.of("user", id, "CREATE", null,
                    Map.of("email", email, "role", Role.SECRETARIAT.name()), "first start"));
        }
        catch (DuplicateKeyException anotherInstanceWasFirst) {
            return;
        }
        if (generated) {
            log.warn("""

                    ==================================================================
                    First start: created the secretariat account {}
                    One-time password: {}
                    It must be changed at the first login. It is not shown again.
                    ==================================================================""", email, secret);
        }
        else {
            log.info("First start: created the secretariat account {} from CCM_ADMIN_EMAIL / CCM_ADMIN_PASSWORD",
                    email);
        }
    }

}

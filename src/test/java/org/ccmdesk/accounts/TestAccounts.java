package org.ccmdesk.accounts;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Users for tests, created through the real repository with real password hashes. */
@Component
public class TestAccounts {

    public static final String PASSWORD = "Geneva-WMO-2014-intersessional";

    private final UserAccounts users;

    private final PasswordEncoder encoder;

    private final Clock clock;

    private String passwordHash;

    TestAccounts(UserAccounts users, PasswordEncoder encoder, Clock clock) {
        this.users = users;
        this.encoder = encoder;
        this.clock = clock;
    }

    /**
     * A new user with a unique e-mail address and {@link #PASSWORD}; a focal point acts
     * for {@code states}.
     */
    public CcmUser create(Role role, String... states) {
        String email = role.name().toLowerCase() + "-" + UUID.randomUUID() + "@test.ccmdesk";
        long id = users.insert(email, "Test " + role, passwordHash(), role, false, OffsetDateTime.now(clock));
        for (String state : states) {
            users.grantState(id, state);
        }
        return users.findPrincipal(id).orElseThrow();
    }

    /**
     * One real hash of {@link #PASSWORD} for all: hashing is slow by design, and the
     * tests create hundreds of users.
     */
    private synchronized String passwordHash() {
        if (passwordHash == null) {
            passwordHash = encoder.encode(PASSWORD);
        }
        return passwordHash;
    }

    /**
     * Signs the MockMvc request in as that user (a real CcmUser principal, as after a
     * login).
     */
    public static RequestPostProcessor as(CcmUser user) {
        return SecurityMockMvcRequestPostProcessors
            .authentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    static CcmUser principal(long id, String email, Role role, Set<String> states) {
        return new CcmUser(id, email, "Test", null, role, true, false, states, Set.of());
    }

}

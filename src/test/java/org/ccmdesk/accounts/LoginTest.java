package org.ccmdesk.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;

import jakarta.servlet.http.Cookie;

import org.ccmdesk.support.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

@DatabaseTest
@Transactional
class LoginTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserAccounts users;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    Clock clock;

    private MockHttpServletRequestBuilder login(String email, String password, String address) {
        return post("/login").param("email", email).param("password", password).with(csrf()).with(request -> {
            request.setRemoteAddr(address);
            return request;
        });
    }

    private int count(String sql, Object value) {
        return jdbc.sql(sql).param("v", value).query(Integer.class).single();
    }

    @Test
    void firstStartCreatedOneSecretariatAccountWithoutADefaultPassword() {
        assertThat(
                count("select count(*) from app_user where email = :v and role = 'SECRETARIAT'", "admin@ccmdesk.local"))
            .isEqualTo(1);
        assertThat(count("select count(*) from audit_entry where entity_type = 'user' and reason = :v", "first start"))
            .isEqualTo(1);
        String hash = jdbc.sql("select password_hash from app_user where email = 'admin@ccmdesk.local'")
            .query(String.class)
            .single();
        assertThat(hash).startsWith("{bcrypt}");
        assertThat(jdbc.sql("select must_change_password from app_user where email = 'admin@ccmdesk.local'")
            .query(Boolean.class)
            .single()).isTrue();
    }

    @Test
    void signsInAndOutAndAuditsBoth() throws Exception {
        CcmUser user = accounts.create(Role.DELEGATE);
        mvc.perform(login(user.email(), TestAccounts.PASSWORD, "192.0.2.1"))
            .andExpect(status().is3xxRedirection())
            .andExpect(redirectedUrl("/desk"))
            .andExpect(cookie().doesNotExist("remember-me"))
            .andExpect(header().stringValues("Set-Cookie", hasItem(startsWith("SESSION="))));
        // the session is kept in the database, where every instance finds it
        assertThat(count("select count(*) from spring_session where principal_name = :v", user.email())).isEqualTo(1);
        assertThat(count("select count(*) from login_attempt where email = :v and succeeded = true", user.email()))
            .isEqualTo(1);
        assertThat(count("select count(*) from audit_entry where action = 'LOGIN' and actor = :v", user.email()))
            .isEqualTo(1);
        mvc.perform(post("/logout").with(csrf()).with(TestAccounts.as(user))).andExpect(redirectedUrl("/?signedOut"));
    }

    @Test
    void wrongPasswordAndUnknownAccountGetTheSameAnswer() throws Exception {
        CcmUser user = accounts.create(Role.DELEGATE);
        mvc.perform(login(user.email(), "not-the-password-at-all", "192.0.2.2"))
            .andExpect(redirectedUrl("/login?error"));
        mvc.perform(login("nobody@nowhere.example", "not-the-password-at-all", "192.0.2.2"))
            .andExpect(redirectedUrl("/login?error"));
        assertThat(count("select count(*) from audit_entry where action = 'LOGIN_FAILED' and entity_id = :v",
                user.email()))
            .isEqualTo(1);
    }

    @Test
    void fiveFailuresLockTheAccountEvenForTheRightPassword() throws Exception {
        CcmUser user = accounts.create(Role.FOCAL_POINT, "FRA");
        for (int i = 0; i < 5; i++) {
            mvc.perform(login(user.email(), "wrong-password-" + i, "192.0.2." + (10 + i)))
                .andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(login(user.email(), TestAccounts.PASSWORD, "192.0.2.99")).andExpect(redirectedUrl("/login?locked"));
        mvc.perform(get("/login").param("locked", ""))
            .andExpect(status().isOk())
            .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                .string(org.hamcrest.Matchers.containsString("Too many failed attempts. Try again in 15 minutes.")));
        // the same answer for an account that does not exist: no hint
        for (int i = 0; i < 5; i++) {
            mvc.perform(login("ghost@nowhere.example", "wrong-password-" + i, "192.0.2." + (20 + i)));
        }
        mvc.perform(login("ghost@nowhere.example", "wrong-password", "192.0.2.98"))
            .andExpect(redirectedUrl("/login?locked"));
        assertThat(count("select count(*) from audit_entry where action = 'LOGIN_REFUSED_LOCKED' and entity_id = :v",
                user.email()))
            .isEqualTo(1);
    }

    @Test
    void mistypedEmailsBehindOneAddressLockNobodyButWrongPasswordsOfFiveAccountsDo() throws Exception {
        CcmUser user = accounts.create(Role.DELEGATE);
        for (int i = 0; i < 5; i++) {
            mvc.perform(login("someone" + i + "@nowhere.example", "wrong-password", "198.51.100.7"));
        }
        mvc.perform(login(user.email(), TestAccounts.PASSWORD, "198.51.100.7")).andExpect(redirectedUrl("/desk"));
        for (int i = 0; i < 5; i++) {
            mvc.perform(login(accounts.create(Role.DELEGATE).email(), "wrong-password", "198.51.100.9"));
        }
        mvc.perform(login(user.email(), TestAccounts.PASSWORD, "198.51.100.9"))
            .andExpect(redirectedUrl("/login?locked"));
        mvc.perform(login(user.email(), TestAccounts.PASSWORD, "198.51.100.8")).andExpect(redirectedUrl("/desk"));
    }

    @Test
    void twentyFailuresForUnknownAccountsLockTheAddressUntilTheWindowHasPassed() throws Exception {
        CcmUser user = accounts.create(Role.DELEGATE);
        for (int i = 0; i < 20; i++) {
            mvc.perform(login("someone" + i + "@nowhere.example", "wrong-password", "198.51.100.10"));
        }
        mvc.perform(login(user.email(), TestAccounts.PASSWORD, "198.51.100.10"))
            .andExpect(redirectedUrl("/login?locked"));
        LoginSettings settings = new LoginSettings(5, Duration.ofMinutes(15), 20);
        Clock later = Clock.offset(clock, Duration.ofMinutes(16));
        assertThat(new LoginThrottle(jdbc, clock, settings).isLocked(user.email(), "198.51.100.10")).isTrue();
        assertThat(new LoginThrottle(jdbc, later, settings).isLocked(user.email(), "198.51.100.10")).isFalse();
    }

    @Test
    void aGeneratedPasswordMustBeChangedBeforeAnythingElse() throws Exception {
        long id = users.insert("first-" + System.nanoTime() + "@test.ccmdesk", "First",
                encoder.encode(TestAccounts.PASSWORD), Role.SECRETARIAT, true, OffsetDateTime.now(clock));
        CcmUser user = users.findPrincipal(id).orElseThrow();
        mvc.perform(login(user.email(), TestAccounts.PASSWORD, "192.0.2.50"))
            .andExpect(redirectedUrl("/account/password"));
        mvc.perform(get("/admin/users").with(TestAccounts.as(user))).andExpect(redirectedUrl("/account/password"));
        mvc.perform(post("/account/password").with(csrf())
            .with(TestAccounts.as(user))
            .param("currentPassword", TestAccounts.PASSWORD)
            .param("newPassword", "Lusaka-4MSP-September-2013")
            .param("confirmation", "Lusaka-4MSP-September-2013")).andExpect(redirectedUrl("/account"));
        CcmUser changed = users.findPrincipal(id).orElseThrow();
        assertThat(changed.mustChangePassword()).isFalse();
        assertThat(encoder.matches("Lusaka-4MSP-September-2013", changed.getPassword())).isTrue();
    }

    @Test
    void rememberMeOnlyWhenTicked() throws Exception {
        CcmUser user = accounts.create(Role.REVIEWER);
        mvc.perform(login(user.email(), TestAccounts.PASSWORD, "192.0.2.60").param("remember-me", "on"))
            .andExpect(cookie().exists("remember-me"))
            .andExpect(cookie().httpOnly("remember-me", true));
    }

    @Test
    void keepMeSignedInSignsInAgainWithoutTheSessionForFourteenDays() throws Exception {
        CcmUser user = accounts.create(Role.DELEGATE);
        Cookie rememberMe = mvc
            .perform(login(user.email(), TestAccounts.PASSWORD, "192.0.2.61").param("remember-me", "on"))
            .andExpect(cookie().maxAge("remember-me", (int) java.time.Duration.ofDays(14).toSeconds()))
            .andReturn()
            .getResponse()
            .getCookie("remember-me");
        // the browser kept only the remember-me cookie (the session ended or was dropped)
        mvc.perform(get("/account").cookie(rememberMe))
            .andExpect(status().isOk())
            .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                .string(org.hamcrest.Matchers.containsString(user.email())))
            .andExpect(cookie().maxAge("remember-me", (int) java.time.Duration.ofDays(14).toSeconds()));
    }

}

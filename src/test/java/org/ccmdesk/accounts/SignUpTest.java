package org.ccmdesk.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.Locale;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.Cookie;

import org.awaitility.Awaitility;
import org.ccmdesk.support.DatabaseTest;
import org.ccmdesk.support.MailServer;
import org.ccmdesk.support.OpenMeetings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * A delegate creates their own account from the sign-in page: the page answers the same
 * for any address, the link comes by mail (the same one-time link as for an account the
 * secretariat opens), and after choosing a password the delegate lands on their desk with
 * their registrations. Today is 22 June 2025 by the test clock.
 */
@DatabaseTest
class SignUpTest {

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        MailServer.register(registry);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void setUp() {
        MailServer.fresh();
    }

    @Test
    void aDelegateSignsUpChoosesAPasswordAndFindsTheirRegistrationsOnTheirDesk() throws Exception {
        String email = "delegate-" + UUID.randomUUID() + "@diplomatie.gouv.fr";
        String meeting = registeredByTheirFocalPoint(email);
        mvc.perform(get("/login")).andExpect(content().string(containsString("href=\"/sign-up\"")));
        mvc.perform(get("/sign-up"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("id=\"sign-up-form\"")));

        MvcResult answer = signUp("Claire Martin", email.toUpperCase(Locale.ROOT));
        assertThat(flash(answer)).containsEntry("notice", "signUp.sent");
        // the registration's own message came first
        Awaitility.await()
            .atMost(Duration.ofSeconds(30))
            .until(() -> MailServer.to(email).stream().anyMatch(SignUpTest::accountMessage));
        MimeMessage message = MailServer.to(email)
            .stream()
            .filter(SignUpTest::accountMessage)
            .findFirst()
            .orElseThrow();
        assertThat(ReceivedMail.text(message)).contains("Dear Claire Martin,");
        assertThat(
                jdbc.sql("select role from app_user where email = :e").param("e", email).query(String.class).single())
            .isEqualTo("DELEGATE");
        long id = jdbc.sql("select id from app_user where email = :e").param("e", email).query(Long.class).single();
        assertThat(jdbc
            .sql("select new_value from audit_entry where entity_type = 'user' and action = 'CREATE'"
                    + " and entity_id = :id")
            .param("id", String.valueOf(id))
            .query(String.class)
            .single()).contains("selfService");

        String path = ReceivedMail.passwordPath(message);
        // the password policy holds
        mvc.perform(post(path).with(csrf()).param("newPassword", "short").param("confirmation", "short"))
            .andExpect(status().isBadRequest());
        mvc.perform(post(path).with(csrf())
            .param("newPassword", TestAccounts.PASSWORD)
            .param("confirmation", TestAccounts.PASSWORD)).andExpect(redirectedUrl("/login"));
        Cookie session = mvc
            .perform(post("/login").with(csrf()).param("email", email).param("password", TestAccounts.PASSWORD))
            .andExpect(redirectedUrl("/desk"))
            .andReturn()
            .getResponse()
            .getCookie("SESSION");
        mvc.perform(get("/desk").cookie(session))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Your registration for " + meeting + ": submitted")));
    }

    @Test
    void anAddressWithAnAccountGetsTheSameAnswerAndAPasswordLinkButNoSecondAccount() throws Exception {
        CcmUser delegate = accounts.create(Role.DELEGATE);
        String unknown = "new-" + UUID.randomUUID() + "@example.org";
        MvcResult known = signUp("Someone Else", delegate.email());
        MvcResult fresh = signUp("New Person", unknown);
        assertThat(known.getResponse().getRedirectedUrl()).isEqualTo(fresh.getResponse().getRedirectedUrl());
        assertThat(flash(known)).isEqualTo(flash(fresh));

        MimeMessage message = ReceivedMail.awaitTo(delegate.email(), 1).get(0);
        assertThat(message.getSubject()).isEqualTo("CCM Desk: choose a new password");
        assertThat(jdbc.sql("select count(*) from app_user where email = :e")
            .param("e", delegate.email())
            .query(Integer.class)
            .single()).isEqualTo(1);
        assertThat(jdbc.sql("select display_name from app_user where email = :e")
            .param("e", delegate.email())
            .query(String.class)
            .single()).isNotEqualTo("Someone Else");

        // bad input stays on the form; no CSRF token, no account
        mvc.perform(post("/sign-up").with(csrf()).param("displayName", "X").param("email", "not an address"))
            .andExpect(status().isBadRequest())
            .andExpect(content().string(containsString("This is not a valid e-mail address.")));
        String forged = "forged-" + UUID.randomUUID() + "@example.org";
        mvc.perform(post("/sign-up").param("displayName", "X").param("email", forged))
            .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from app_user where email = :e")
            .param("e", forged)
            .query(Integer.class)
            .single()).isZero();
    }

    @Test
    void signingUpAgainAndAgainSendsAtMostThreeLinksAnHour() throws Exception {
        String email = "again-" + UUID.randomUUID() + "@example.org";
        for (int i = 0; i < 5; i++) {
            signUp("Again", email);
        }
        assertThat(jdbc.sql("select count(*) from app_user where email = :e")
            .param("e", email)
            .query(Integer.class)
            .single()).isEqualTo(1);
        assertThat(jdbc.sql("""
                select count(*) from password_reset_token
                 where user_id = (select id from app_user where email = :e)""")
            .param("e", email)
            .query(Integer.class)
            .single()).isEqualTo(3);
        ReceivedMail.awaitTo(email, 3);
        Awaitility.await().during(Duration.ofSeconds(2)).until(() -> MailServer.to(email).size() == 3);
    }

    private static boolean accountMessage(MimeMessage message) {
        try {
            return "Your CCM Desk account: choose your password".equals(message.getSubject());
        }
        catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static java.util.Map<String, Object> flash(MvcResult result) {
        return result.getFlashMap();
    }

    private MvcResult signUp(String name, String email) throws Exception {
        return mvc.perform(post("/sign-up").with(csrf()).param("displayName", name).param("email", email))
            .andExpect(redirectedUrl("/login"))
            .andReturn();
    }

    /**
     * A meeting of the test's own, open for registration, for which France's focal point
     * registered the person with this address; answers the meeting's name.
     */
    private String registeredByTheirFocalPoint(String email) throws Exception {
        String name = "Sign-up test " + UUID.randomUUID().toString().substring(0, 8);
        long meeting = OpenMeetings.create(jdbc, name);
        OpenMeetings.register(mvc, jdbc, accounts.create(Role.FOCAL_POINT, "FRA"), "FRA", meeting, email, "Claire",
                "Martin");
        return name;
    }

}

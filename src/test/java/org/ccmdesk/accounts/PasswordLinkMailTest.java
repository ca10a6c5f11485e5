package org.ccmdesk.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.Cookie;

import org.awaitility.Awaitility;
import org.ccmdesk.support.DatabaseTest;
import org.ccmdesk.support.MailServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * With a mail server, password links go to their users by mail and no page shows them: a
 * new account, a reset by the secretariat, and "forgot your password?" on the sign-in
 * page (which answers the same whether the address has an account or not).
 */
@DatabaseTest
class PasswordLinkMailTest {

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        MailServer.register(registry);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    UserAccounts users;

    @Autowired
    JdbcClient jdbc;

    CcmUser secretariat;

    @BeforeEach
    void setUp() {
        MailServer.fresh();
        secretariat = accounts.create(Role.SECRETARIAT);
    }

    @Test
    void aUserCreatedInFrenchReceivesTheLinkInFrenchAndSignsInWithThePasswordTheyChoose() throws Exception {
        String email = "nouvelle-" + UUID.randomUUID() + "@example.org";
        Cookie session = signIn(secretariat);
        MvcResult created = mvc
            .perform(post("/admin/users/new").with(csrf())
                .cookie(session)
                .locale(Locale.ENGLISH)
                .param("email", email)
                .param("displayName", "Claire Dupont")
                .param("role", "DELEGATE")
                .param("language", "fr"))
            .andExpect(status().is3xxRedirection())
            .andReturn();
        assertThat(flash(created)).doesNotContainKey("passwordLink");
        mvc.perform(get(created.getResponse().getRedirectedUrl()).cookie(session))
            .andExpect(content().string(containsString("A message with the link was sent to " + email)))
            .andExpect(content().string(not(containsString("/password-reset/"))));

        MimeMessage message = ReceivedMail.awaitTo(email, 1).get(0);
        assertThat(message.getSubject()).isEqualTo("Votre compte CCM Desk\u00A0: choisissez votre mot de passe");
        assertThat(ReceivedMail.text(message)).startsWith("Madame, Monsieur Claire Dupont,")
            .contains("Un compte a été ouvert à votre nom sur CCM Desk")
            .contains("avec l'adresse " + email)
            .contains("Ce lien n'est valable qu'une seule fois, pendant 24 heures.")
            .contains("Vous recevez ce message parce qu'un compte a été ouvert à votre nom")
            .doesNotContain("password link", "The link");
        assertThat(ReceivedMail.html(message)).contains("lang=\"fr\"").contains("Choisir mon mot de passe");
        assertThat(kindsSentTo(email)).isEqualTo("account-created ACCOUNT");

        String path = ReceivedMail.passwordPath(message);
        mvc.perform(get(path)).andExpect(status().isOk());
        mvc.perform(post(path).with(csrf())
            .param("newPassword", TestAccounts.PASSWORD)
            .param("confirmation", TestAccounts.PASSWORD)).andExpect(redirectedUrl("/login"));
        mvc.perform(post("/login").with(csrf()).param("email", email).param("password", TestAccounts.PASSWORD))
            .andExpect(redirectedUrl("/desk"));
        mvc.perform(get(path)).andExpect(status().isGone());
        // the event handled once more would find its message: still one
        Awaitility.await().during(Duration.ofSeconds(2)).until(() -> MailServer.to(email).size() == 1);
    }

    @Test
    void aResetByTheSecretariatSendsAPasswordResetMessageAndOnlyTheNewestLinkWorks() throws Exception {
        CcmUser delegate = accounts.create(Role.DELEGATE);
        MvcResult reset = mvc
            .perform(post("/admin/users/" + delegate.id() + "/password-link").with(csrf())
                .with(TestAccounts.as(secretariat)))
            .andExpect(redirectedUrl("/admin/users/" + delegate.id()))
            .andReturn();
        assertThat(flash(reset)).containsEntry("linkSentTo", delegate.email()).doesNotContainKey("passwordLink");
        MimeMessage first = ReceivedMail.awaitTo(delegate.email(), 1).get(0);
        assertThat(first.getSubject()).isEqualTo("CCM Desk: choose a new password");
        assertThat(ReceivedMail.text(first)).contains("Dear Test DELEGATE,")
            .contains("A link to choose a new password for your CCM Desk account (" + delegate.email() + ")")
            .contains("If you did not make this request");

        mvc.perform(post("/admin/users/" + delegate.id() + "/password-link").with(csrf())
            .with(TestAccounts.as(secretariat)));
        MimeMessage second = ReceivedMail.awaitTo(delegate.email(), 2)
            .stream()
            .filter(m -> !ReceivedMail.passwordPath(m).equals(ReceivedMail.passwordPath(first)))
            .findFirst()
            .orElseThrow();
        mvc.perform(get(ReceivedMail.passwordPath(first))).andExpect(status().isGone());
        mvc.perform(get(ReceivedMail.passwordPath(second))).andExpect(status().isOk());
        assertThat(kindsSentTo(delegate.email())).isEqualTo("password-reset ACCOUNT, password-reset ACCOUNT");
    }

    @Test
    void forgotPasswordSendsALinkToAnAccountOnlyAndAnswersTheSameForAnyAddress() throws Exception {
        CcmUser focalPoint = accounts.create(Role.FOCAL_POINT, "ESP");
        users.setLanguage(focalPoint.id(), "es");
        CcmUser disabled = accounts.create(Role.DELEGATE);
        users.setEnabled(disabled.id(), false);
        String unknown = "nobody-" + UUID.randomUUID() + "@example.org";
        mvc.perform(get("/login"))
            .andExpect(content().string(containsString("href=\"/forgot-password\"")))
            .andExpect(content().string(not(containsString("Ask the secretariat"))));
        mvc.perform(get("/forgot-password"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("id=\"forgot-form\"")))
            .andExpect(content().string(containsString("name=\"email\"")));

        MvcResult known = forgot(focalPoint.email().toUpperCase(Locale.ROOT));
        MvcResult nobody = forgot(unknown);
        MvcResult off = forgot(disabled.email());
        for (MvcResult answer : new MvcResult[] { nobody, off }) {
            assertThat(answer.getResponse().getStatus()).isEqualTo(known.getResponse().getStatus());
            assertThat(answer.getResponse().getRedirectedUrl()).isEqualTo("/login");
            assertThat(flash(answer)).isEqualTo(known.getFlashMap());
        }
        assertThat(flash(known)).containsEntry("notice", "password.forgotSent");

        MimeMessage message = ReceivedMail.awaitTo(focalPoint.email(), 1).get(0);
        assertThat(message.getSubject()).isEqualTo("CCM Desk: elija una nueva contraseña");
        assertThat(ReceivedMail.text(message)).contains("Si usted no ha hecho esta solicitud");
        mvc.perform(get(ReceivedMail.passwordPath(message))).andExpect(status().isOk());
        assertThat(kindsSentTo(unknown)).isEmpty();
        assertThat(kindsSentTo(disabled.email())).isEmpty();
        assertThat(MailServer.to(unknown)).isEmpty();

        mvc.perform(post("/forgot-password").with(csrf()).param("email", "not an address"))
            .andExpect(status().isBadRequest())
            .andExpect(content().string(containsString("This is not a valid e-mail address.")));
        mvc.perform(post("/forgot-password").param("email", focalPoint.email())).andExpect(status().isForbidden());
    }

    @Test
    void theSignInPageSendsAtMostThreeLinksAnHourToOneAccount() throws Exception {
        CcmUser delegate = accounts.create(Role.DELEGATE);
        for (int i = 0; i < 5; i++) {
            forgot(delegate.email());
        }
        assertThat(jdbc.sql("select count(*) from password_reset_token where user_id = :id")
            .param("id", delegate.id())
            .query(Integer.class)
            .single()).isEqualTo(3);
        ReceivedMail.awaitTo(delegate.email(), 3);
        Awaitility.await().during(Duration.ofSeconds(2)).until(() -> MailServer.to(delegate.email()).size() == 3);
    }

    /**
     * A real session: the flash attributes live in it (Spring Session), not in MockMvc's.
     */
    private Cookie signIn(CcmUser user) throws Exception {
        return mvc
            .perform(post("/login").with(csrf()).param("email", user.email()).param("password", TestAccounts.PASSWORD))
            .andExpect(redirectedUrl("/desk"))
            .andReturn()
            .getResponse()
            .getCookie("SESSION");
    }

    private static Map<String, Object> flash(MvcResult result) {
        return result.getFlashMap();
    }

    private MvcResult forgot(String email) throws Exception {
        return mvc.perform(post("/forgot-password").with(csrf()).param("email", email))
            .andExpect(status().is3xxRedirection())
            .andReturn();
    }

    /** The kind and topic of each message written for the address, in order. */
    private String kindsSentTo(String email) {
        return String.join(", ",
                jdbc.sql("select kind || ' ' || topic from mail_message where recipient = :email order by id")
                    .param("email", email.toLowerCase(Locale.ROOT))
                    .query(String.class)
                    .list());
    }

}

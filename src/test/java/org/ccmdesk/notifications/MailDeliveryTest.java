package org.ccmdesk.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;

import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import org.awaitility.Awaitility;
import org.ccmdesk.accounts.CcmUser;
import org.ccmdesk.accounts.Role;
import org.ccmdesk.accounts.TestAccounts;
import org.ccmdesk.support.DatabaseTest;
import org.ccmdesk.support.MailServer;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

@DatabaseTest
class MailDeliveryTest {

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

    CcmUser secretariat;

    @BeforeEach
    void setUp() {
        MailServer.fresh();
        secretariat = accounts.create(Role.SECRETARIAT);
    }

    @Test
    void theTestMessageLeavesThroughTheServerWithTextAndHtmlAndIsShownSent() throws Exception {
        mvc.perform(post("/admin/mail/test").with(csrf())
            .with(TestAccounts.as(secretariat))
            .locale(java.util.Locale.FRENCH)).andExpect(status().is3xxRedirection());

        List<MimeMessage> received = awaitTo(secretariat.email(), 1);
        MimeMessage message = received.get(0);
        assertThat(received).hasSize(1);
        assertThat(message.getSubject()).isEqualTo("CCM Desk\u00A0: message d'essai");
        assertThat(message.getFrom()[0].toString()).contains("no-reply@ccm-desk.invalid");
        String raw = new String(message.getRawInputStream().readAllBytes());
        assertThat(message.getContent()).isInstanceOf(Multipart.class);
        assertThat(com.icegreen.greenmail.util.GreenMailUtil.getWholeMessage(message)).contains("text/plain")
            .contains("text/html");
        assertThat(raw).isNotEmpty();
        long id = Long.parseLong(message.getHeader(MailMessages.MESSAGE_HEADER)[0]);
        awaitStatus(id, "SENT");

        mvc.perform(get("/admin/mail").param("q", secretariat.email()).with(TestAccounts.as(secretariat)))
            .andExpect(status().isOk())
            .andExpect(content().string(Matchers.containsString("CCM Desk\u00A0: message d")))
            .andExpect(content().string(Matchers.not(Matchers.containsString("no mail server configured"))));
        mvc.perform(get("/admin/mail/{id}", id).with(TestAccounts.as(secretariat)))
            .andExpect(status().isOk())
            .andExpect(content().string(Matchers.containsString("peut envoyer du courrier")));
    }

    @Test
    void sendingAgainSendsOneMoreAndOnlyWhenAsked() throws Exception {
        mvc.perform(post("/admin/mail/test").with(csrf()).with(TestAccounts.as(secretariat)));
        long id = Long.parseLong(awaitTo(secretariat.email(), 1).get(0).getHeader(MailMessages.MESSAGE_HEADER)[0]);
        awaitStatus(id, "SENT");

        mvc.perform(post("/admin/mail/{id}/resend", id).with(csrf()).with(TestAccounts.as(secretariat)))
            .andExpect(status().is3xxRedirection());
        assertThat(awaitTo(secretariat.email(), 2)).hasSize(2);
        awaitStatus(id, "SENT");
        Awaitility.await().during(Duration.ofSeconds(2)).until(() -> MailServer.to(secretariat.email()).size() == 2);
    }

    @Test
    void onlyTheSecretariatSeesOrSendsMail() throws Exception {
        CcmUser focalPoint = accounts.create(Role.FOCAL_POINT, "FRA");
        mvc.perform(get("/admin/mail").with(TestAccounts.as(focalPoint))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/mail/test").with(csrf()).with(TestAccounts.as(focalPoint)))
            .andExpect(status().isForbidden());
        mvc.perform(post("/admin/mail/test").with(TestAccounts.as(secretariat))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/mail/{id}", 987654321).with(TestAccounts.as(secretariat)))
            .andExpect(status().isNotFound());
    }

    private static List<MimeMessage> awaitTo(String address, int count) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> MailServer.to(address).size() >= count);
        return MailServer.to(address);
    }

    private void awaitStatus(long id, String expected) {
        Awaitility.await()
            .atMost(Duration.ofSeconds(20))
            .until(() -> expected.equals(jdbc.sql("select status from mail_message where id = :id")
                .param("id", id)
                .query(String.class)
                .single()));
    }

}

package org.ccmdesk.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.mail.internet.MimeMessage;

import org.awaitility.Awaitility;
import org.ccmdesk.accounts.CcmUser;
import org.ccmdesk.accounts.Role;
import org.ccmdesk.accounts.TestAccounts;
import org.ccmdesk.support.DatabaseTest;
import org.ccmdesk.support.MailServer;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The obligation reminders of a New Zealand focal point, whose annual transparency report
 * is due on 30 April 2026 (60 days before: Sunday 1 March), with the mail that leaves,
 * the stop link in it and the choice of a weekly digest.
 */
@DatabaseTest
class ObligationRemindersTest {

    static final LocalDate SIXTY_DAYS_BEFORE = LocalDate.of(2026, 3, 1);

    static final String SIXTY_DAY_CAUSE = "obligation-reminder:NZL:ART7_ANNUAL_REPORT:2026:2026-04-30:60-days";

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        MailServer.register(registry);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ObligationReminders reminders;

    CcmUser focalPoint;

    @BeforeEach
    void setUp() {
        MailServer.fresh();
        focalPoint = accounts.create(Role.FOCAL_POINT, "NZL");
        jdbc.sql("update app_user set language = 'fr' where id = :id").param("id", focalPoint.id()).update();
    }

    /**
     * Every reminder of a run goes to every test focal point of the shared database: all
     * leave before the next test class empties the mail server.
     */
    @AfterEach
    void everythingLeft() {
        Awaitility.await()
            .atMost(Duration.ofSeconds(60))
            .until(() -> jdbc.sql("select count(*) from mail_message where status in ('WAITING', 'SENDING')")
                .query(Integer.class)
                .single() == 0);
    }

    @Test
    void theSixtyDayReminderComesOnItsDayInTheFocalPointsLanguageAndOnlyOnce() throws Exception {
        reminders.send(SIXTY_DAYS_BEFORE.minusDays(2));
        assertThat(messagesTo(focalPoint)).isEmpty();

        reminders.send(SIXTY_DAYS_BEFORE);
        reminders.send(SIXTY_DAYS_BEFORE);
        reminders.send(SIXTY_DAYS_BEFORE.plusDays(2));
        assertThat(messagesTo(focalPoint)).containsExactly(SIXTY_DAY_CAUSE + " obligation-reminder WAITING");

        MimeMessage received = awaitMailTo(focalPoint);
        assertThat(received.getSubject())
            .isEqualTo("CCM Desk\u00A0: Rapport annuel de transparence (Nouvelle-Zélande), échéance le 30 avril 2026");
        String text = com.icegreen.greenmail.util.GreenMailUtil.getWholeMessage(received);
        assertThat(text).contains("Nous nous permettons de vous rappeler").contains("dans 60 jours");
        assertThat(received.getHeader(MailMessages.LIST_UNSUBSCRIBE_POST))
            .containsExactly("List-Unsubscribe=One-Click");
        assertThat(received.getHeader(MailMessages.LIST_UNSUBSCRIBE)[0])
            .startsWith("<http://localhost:8080/mail/stop?token=");
    }

    @Test
    void theStopLinkWorksWithoutSigningInAndStopsTheNextReminder() throws Exception {
        reminders.send(SIXTY_DAYS_BEFORE);
        String header = awaitMailTo(focalPoint).getHeader(MailMessages.LIST_UNSUBSCRIBE)[0];
        URI link = URI.create(header.substring(1, header.length() - 1));

        mvc.perform(get(link))
            .andExpect(status().isOk())
            .andExpect(content().string(Matchers.containsString("Rappels des obligations de votre État")))
            .andExpect(content().string(Matchers.containsString(focalPoint.email())));
        String changed = link.toString().replace("token=", "token=x");
        mvc.perform(get(URI.create(changed)).locale(Locale.FRENCH))
            .andExpect(status().isBadRequest())
            .andExpect(content().string(Matchers.containsString("Ce lien n&#39;est pas valide")));
        mvc.perform(post(URI.create(changed)).with(csrf())).andExpect(status().isBadRequest());
        // a POST without the one-click body and without CSRF token is not the mail
        // client's: refused
        mvc.perform(post(link)).andExpect(status().isForbidden());

        // RFC 8058: the mail client posts to the link by itself, no session, no CSRF
        // token
        mvc.perform(post(link).contentType(MediaType.APPLICATION_FORM_URLENCODED).content("List-Unsubscribe=One-Click"))
            .andExpect(status().isOk());
        assertThat(jdbc.sql("select stopped_by from mail_stopped_topic where email = :email and topic = :topic")
            .param("email", focalPoint.email())
            .param("topic", "OBLIGATION_REMINDERS")
            .query(String.class)
            .list()).containsExactly("LINK");

        reminders.send(LocalDate.of(2026, 4, 16));
        assertThat(messagesTo(focalPoint))
            .contains("obligation-reminder:NZL:ART7_ANNUAL_REPORT:2026:2026-04-30:14-days obligation-reminder STOPPED");
        // once overdue: kept (stopped) with its body, which says no report is recorded
        // yet
        reminders.send(LocalDate.of(2026, 5, 1));
        assertThat(
                jdbc.sql("select body_text from mail_message where recipient = :email and kind = 'obligation-overdue'")
                    .param("email", focalPoint.email())
                    .query(String.class)
                    .single())
            .contains("Nos informations ne font encore état d'aucun rapport")
            .contains("30 avril 2026");
    }

    @Test
    void accountMessagesStillGoToSomeoneWhoStoppedEverything() throws Exception {
        CcmUser secretariat = accounts.create(Role.SECRETARIAT);
        mvc.perform(post("/account/messages").with(csrf()).with(TestAccounts.as(secretariat)).param("digest", "false"))
            .andExpect(status().is3xxRedirection())
            .andExpect(flash().attribute("notice", "mailChoices.saved"));
        mvc.perform(get("/account/messages").with(TestAccounts.as(secretariat)))
            .andExpect(status().isOk())
            .andExpect(content().string(Matchers.containsString("id=\"receive-INVITATIONS\">")))
            .andExpect(content().string(Matchers.containsString("id=\"digest-no\" checked=\"checked\"")));
        assertThat(jdbc.sql("select count(*) from mail_stopped_topic where email = :email")
            .param("email", secretariat.email())
            .query(Integer.class)
            .single()).isEqualTo(5);

        mvc.perform(post("/admin/mail/test").with(csrf()).with(TestAccounts.as(secretariat)))
            .andExpect(status().is3xxRedirection());
        MimeMessage received = awaitMailTo(secretariat);
        assertThat(received.getHeader(MailMessages.LIST_UNSUBSCRIBE)).isNull();
        mvc.perform(post("/account/messages").with(csrf()).with(TestAccounts.as(secretariat)).param("receive", "NOPE"))
            .andExpect(status().isBadRequest());
    }

    @Test
    void whoChoseTheDigestReceivesOnlyTheDigestOncePerWeek() throws Exception {
        mvc.perform(post("/account/messages").with(csrf())
            .with(TestAccounts.as(focalPoint))
            .param("receive", "INVITATIONS", "REGISTRATION", "OBLIGATION_REMINDERS", "SPONSORSHIP", "STATEMENTS")
            .param("digest", "true")).andExpect(status().is3xxRedirection());

        reminders.send(SIXTY_DAYS_BEFORE);
        assertThat(messagesTo(focalPoint)).isEmpty();
        // Monday 2 March: the digest of the week lists the reminder of Sunday
        reminders.send(SIXTY_DAYS_BEFORE.plusDays(1));
        reminders.send(SIXTY_DAYS_BEFORE.plusDays(2));
        assertThat(messagesTo(focalPoint))
            .containsExactly("obligation-digest:" + focalPoint.id() + ":2026-W10 obligation-digest WAITING");
        MimeMessage received = awaitMailTo(focalPoint);
        assertThat(received.getSubject()).contains("semaine du 2 mars 2026");
        assertThat(com.icegreen.greenmail.util.GreenMailUtil.getWholeMessage(received)).contains("Nouvelle-Z")
            .contains("Rapport annuel de transparence");
    }

    /** Cause, kind and state of every message kept for the user. */
    private List<String> messagesTo(CcmUser user) {
        return jdbc.sql("select cause, kind, status from mail_message where recipient = :email order by id")
            .param("email", user.email())
            .query((rs, n) -> rs.getString("cause") + " " + rs.getString("kind") + " "
                    + ("SENT".equals(rs.getString("status")) || "SENDING".equals(rs.getString("status")) ? "WAITING"
                            : rs.getString("status")))
            .list();
    }

    private static MimeMessage awaitMailTo(CcmUser user) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> !MailServer.to(user.email()).isEmpty());
        return MailServer.to(user.email()).get(0);
    }

}

package org.ccmdesk.invitations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.ccmdesk.accounts.CcmUser;
import org.ccmdesk.accounts.Role;
import org.ccmdesk.accounts.TestAccounts;
import org.ccmdesk.support.DatabaseTest;
import org.ccmdesk.support.MailServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Invitations by e-mail, through the whole application and a real SMTP server: every
 * state's invitation sent in one step to its mission addresses, with the letter attached,
 * and the reminders. Not transactional: the sending runs on Quartz and the messages are
 * written by listeners after commit. Each test has a meeting of its own.
 */
@DatabaseTest
class InvitationMailingTest {

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
    InvitationMailings mailings;

    CcmUser secretariat;

    @BeforeEach
    void setUp() {
        MailServer.fresh();
        secretariat = accounts.create(Role.SECRETARIAT);
        jdbc.sql("delete from mission_contact").update();
    }

    @Test
    void everyPreparedInvitationGoesToItsMissionAddressesInOneStepAndOnlyOnce() throws Exception {
        long meeting = InvitationTestData.newMeeting(jdbc, "Mailing " + UUID.randomUUID());
        long organisation = InvitationTestData.organisation(jdbc, "No address " + UUID.randomUUID(), null);
        prepare(meeting, organisation);
        Map<String, String> names = new HashMap<>();
        jdbc.sql("select iso3, name_en from state")
            .query((rs, n) -> names.put(rs.getString(1).trim(), rs.getString(2)))
            .list();
        List<String> states = jdbc
            .sql("select state_iso3 from invitation where meeting_id = :m and state_iso3 is not null")
            .param("m", meeting)
            .query(String.class)
            .list()
            .stream()
            .map(String::trim)
            .sorted()
            .toList();
        assertThat(states).hasSize(197);
        // one address per state, a second one (in French) for 53 of them: 250 in all
        StringBuilder csv = new StringBuilder("state,email,name,language\n");
        Map<String, String> stateOf = new HashMap<>();
        Map<String, String> languageOf = new HashMap<>();
        List<String> languages = List.of("en", "fr", "es");
        for (int i = 0; i < states.size(); i++) {
            String iso3 = states.get(i);
            address(csv, stateOf, languageOf, iso3, "mission." + iso3.toLowerCase() + "@geneva.example",
                    languages.get(i % 3));
            if (i < 53) {
                address(csv, stateOf, languageOf, iso3, "protocol." + iso3.toLowerCase() + "@geneva.example", "fr");
            }
        }
        mvc.perform(multipart("/admin/mission-contacts/import")
            .file(new MockMultipartFile("file", "contacts.csv", "text/csv",
                    csv.toString().getBytes(StandardCharsets.UTF_8)))
            .with(csrf())
            .with(TestAccounts.as(secretariat))).andExpect(status().is3xxRedirection());

        mvc.perform(get("/meetings/{id}/invitations", meeting).with(TestAccounts.as(secretariat)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Send 197 invitations to 250 addresses?")))
            .andExpect(content().string(containsString("data-invitee=\"org-" + organisation + "\"")))
            .andExpect(content().string(containsString("no mission address: add one")));
        long started = System.nanoTime();
        String location = mvc
            .perform(post("/meetings/{id}/invitations/send", meeting).with(csrf()).with(TestAccounts.as(secretariat)))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
        String mailing = location.substring(location.lastIndexOf('/') + 1);
        mvc.perform(get(location).with(TestAccounts.as(secretariat)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("of 197 invitations sent")));
        // generous limits: on a machine shared by several builds, delivery was ten times
        // slower than alone (where the whole test takes well under a minute)
        await().atMost(Duration.ofMinutes(3))
            .pollInterval(Duration.ofMillis(200))
            .until(() -> mailings.find(mailing).orElseThrow().status(), s -> !"RUNNING".equals(s));
        assertThat(mailings.find(mailing).orElseThrow().status()).isEqualTo("DONE");
        mvc.perform(get(location).header("HX-Request", "true").with(TestAccounts.as(secretariat)))
            .andExpect(content().string(containsString("197 of 197 invitations sent")));
        assertThat(statusCount(meeting, "SENT")).isEqualTo(197);
        assertThat(jdbc.sql("select status from invitation where meeting_id = :m and organisation_id = :o")
            .param("m", meeting)
            .param("o", organisation)
            .query(String.class)
            .single()).isEqualTo("PREPARED");

        List<MimeMessage> received = awaitMessages(250, Duration.ofMinutes(5));
        System.out.printf("BENCHMARK: 197 invitations to 250 addresses sent and received in %d ms%n",
                Duration.ofNanos(System.nanoTime() - started).toMillis());
        assertThat(received).hasSize(250);
        for (MimeMessage message : received) {
            String to = message.getAllRecipients()[0].toString();
            String iso3 = stateOf.get(to);
            assertThat(iso3).as("a message to an address of the file: " + to).isNotNull();
            assertThat(message.getSubject()).startsWith(switch (languageOf.get(to)) {
                case "fr" -> "Invitation\u00A0: Mailing";
                case "es" -> "Invitación: Mailing";
                default -> "Invitation: Mailing";
            });
            List<byte[]> pdfs = attachments(message);
            assertThat(pdfs).as("attachments to " + to).hasSize(1);
            try (PDDocument letter = Loader.loadPDF(pdfs.get(0))) {
                String text = new PDFTextStripper().getText(letter).replaceAll("\\s+", " ");
                assertThat(text).contains(names.get(iso3).replaceAll("\\s+", " "));
            }
        }

        // the job run again after a crash (before it recorded its end) and a second
        // request: nothing more
        jdbc.sql("update invitation_mailing set status = 'RUNNING' where id = :id").param("id", mailing).update();
        mailings.run(mailing);
        assertThat(mailings.find(mailing).orElseThrow().done()).isEqualTo(197);
        mvc.perform(post("/meetings/{id}/invitations/send", meeting).with(csrf()).with(TestAccounts.as(secretariat)))
            .andExpect(status().is3xxRedirection())
            .andExpect(flash().attribute("problem", "invitations.nothingToSend"));
        await().during(Duration.ofSeconds(3))
            .atMost(Duration.ofSeconds(10))
            .until(() -> MailServer.running().getReceivedMessages().length == 250);
        assertThat(jdbc
            .sql("select count(*) from mail_message where cause like 'invitation-sent:%' and kind = 'invitation'"
                    + " and cause in (select 'invitation-sent:' || id from invitation where meeting_id = :m)")
            .param("m", meeting)
            .query(Integer.class)
            .single()).isEqualTo(250);
    }

    @Test
    void remindersGoToTheSentInvitationsNotAnsweredOncePerDate() throws Exception {
        long meeting = InvitationTestData.newMeeting(jdbc, "Reminders " + UUID.randomUUID());
        prepare(meeting);
        long france = InvitationTestData.invitation(jdbc, meeting, "FRA");
        long peru = InvitationTestData.invitation(jdbc, meeting, "PER");
        long norway = InvitationTestData.invitation(jdbc, meeting, "NOR");
        for (long id : List.of(france, peru, norway)) {
            mvc.perform(post("/invitations/{id}/sent", id).param("sentOn", "2025-06-10")
                .with(csrf())
                .with(TestAccounts.as(secretariat))).andExpect(status().is3xxRedirection());
        }
        jdbc.sql("update invitation set status = 'ACKNOWLEDGED', answered_on = '2025-06-12' where id = :id")
            .param("id", norway)
            .update();
        mvc.perform(
                multipart("/admin/mission-contacts/import").file(new MockMultipartFile("file", "c.csv", "text/csv", """
                        state,email,name,language
                        FRA,mission.fra@geneva.example,,fr
                        PER,mision.per@geneva.example,,es
                        NOR,mission.nor@geneva.example,,en
                        """.getBytes(StandardCharsets.UTF_8))).with(csrf()).with(TestAccounts.as(secretariat)))
            .andExpect(status().is3xxRedirection());

        mvc.perform(post("/meetings/{id}/invitations/reminders", meeting).param("remindedOn", "2025-06-20")
            .with(csrf())
            .with(TestAccounts.as(secretariat)))
            .andExpect(status().is3xxRedirection())
            .andExpect(flash().attribute("remindedCount", 2));
        List<MimeMessage> received = awaitMessages(2, Duration.ofMinutes(1));
        assertThat(MailServer.to("mission.fra@geneva.example").get(0).getSubject())
            .startsWith("Rappel\u00A0: invitation");
        assertThat(MailServer.to("mision.per@geneva.example").get(0).getSubject())
            .startsWith("Recordatorio: invitación");
        assertThat(attachments(received.get(0))).hasSize(1);
        assertThat(jdbc.sql("select count(*) from invitation_reminder where invitation_id in (:ids)")
            .param("ids", List.of(france, peru, norway))
            .query(Integer.class)
            .single()).isEqualTo(2);

        mvc.perform(post("/meetings/{id}/invitations/reminders", meeting).param("remindedOn", "2025-06-20")
            .with(csrf())
            .with(TestAccounts.as(secretariat))).andExpect(flash().attribute("problem", "invitations.nobodyToRemind"));
        mvc.perform(post("/meetings/{id}/invitations/reminders", meeting).param("remindedOn", "2025-07-01")
            .with(csrf())
            .with(TestAccounts.as(secretariat))).andExpect(flash().attribute("problem", "treatyFact.dateInFuture"));
        await().during(Duration.ofSeconds(2))
            .atMost(Duration.ofSeconds(10))
            .until(() -> MailServer.running().getReceivedMessages().length == 2);
    }

    private void prepare(long meeting, long... organisations) throws Exception {
        var request = post("/meetings/{id}/invitations/prepare", meeting).with(csrf())
            .with(TestAccounts.as(secretariat))
            .param("signatoryName", InvitationTestData.SIGNATORY)
            .param("signatoryTitle", InvitationTestData.TITLE)
            .param("letterDate", "2025-06-01")
            .param("language", "en");
        for (long id : organisations) {
            request = request.param("organisations", String.valueOf(id));
        }
        mvc.perform(request).andExpect(status().is3xxRedirection());
    }

    private static void address(StringBuilder csv, Map<String, String> stateOf, Map<String, String> languageOf,
            String iso3, String email, String language) {
        csv.append(iso3).append(',').append(email).append(",,").append(language).append('\n');
        stateOf.put(email, iso3);
        languageOf.put(email, language);
    }

    private int statusCount(long meeting, String status) {
        return jdbc.sql("select count(*) from invitation where meeting_id = :m and status = :s")
            .param("m", meeting)
            .param("s", status)
            .query(Integer.class)
            .single();
    }

    private static List<MimeMessage> awaitMessages(int count, Duration limit) {
        await().atMost(limit)
            .pollInterval(Duration.ofMillis(200))
            .until(() -> MailServer.toAddressesEndingWith("@geneva.example").size() >= count);
        return MailServer.toAddressesEndingWith("@geneva.example");
    }

    /** The PDF files attached to a message. */
    private static List<byte[]> attachments(MimeMessage message) throws Exception {
        List<byte[]> files = new ArrayList<>();
        collect(message.getContent(), files);
        return files;
    }

    private static void collect(Object content, List<byte[]> files) throws Exception {
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || part.isMimeType("application/pdf")) {
                    files.add(part.getInputStream().readAllBytes());
                }
                else {
                    collect(part.getContent(), files);
                }
            }
        }
    }

}

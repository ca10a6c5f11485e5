package org.ccmdesk.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMailUtil;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.awaitility.Awaitility;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * What a registration's life sends, through the pages, the events and the mail server:
 * the person and the focal point of the delegation each receive one message per change,
 * in their own language; and the reminder to delegations without credentials before a
 * meeting. Today is 22 June 2025 by the test clock; each test has its own meeting.
 */
@DatabaseTest
class RegistrationMessagesTest {

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
    CredentialsReminders reminders;

    CcmUser secretariat;

    @BeforeEach
    void setUp() {
        MailServer.fresh();
        secretariat = accounts.create(Role.SECRETARIAT);
    }

    @Test
    void eachChangeOfARegistrationIsToldOnceToThePersonAndToTheFocalPointInTheirLanguages() throws Exception {
        long meeting = meeting(LocalDate.of(2025, 7, 7), LocalDate.of(2025, 7, 9));
        CcmUser norway = accounts.create(Role.FOCAL_POINT, "NOR");
        jdbc.sql("update app_user set language = 'fr' where id = :id").param("id", norway.id()).update();
        String ingrid = unique("ingrid");
        String ola = unique("ola");
        long approvedOne = register(meeting, profile(norway, ingrid, "Ingrid", "Solberg", "es", "NP1234567"), norway);
        long rejectedOne = register(meeting, profile(norway, ola, "Ola", "Nordmann", "en", null), norway);

        mvc.perform(post("/registrations/{id}/approve", approvedOne).with(csrf()).with(TestAccounts.as(secretariat)))
            .andExpect(status().is3xxRedirection());
        mvc.perform(post("/registrations/{id}/reject", rejectedOne).with(csrf())
            .with(TestAccounts.as(secretariat))
            .param("reason", "The nomination did not come from the Permanent Mission."))
            .andExpect(status().is3xxRedirection());
        mvc.perform(post("/registrations/{id}/withdraw", approvedOne).with(csrf())
            .with(TestAccounts.as(norway))
            .param("confirm", "yes")).andExpect(status().is3xxRedirection());

        // Ingrid: received, approved, visa letter ready, withdrawn; Ola: received,
        // rejected; the focal point all six
        Map<String, MimeMessage> toIngrid = awaitKinds(ingrid, 4);
        Map<String, MimeMessage> toOla = awaitKinds(ola, 2);
        Map<String, MimeMessage> toNorway = awaitCauses(norway.email(), 6);
        assertThat(toIngrid).containsOnlyKeys("registration-received", "registration-approved", "visa-letter-ready",
                "registration-withdrawn");
        assertThat(toOla).containsOnlyKeys("registration-received", "registration-rejected");
        assertThat(toNorway).containsOnlyKeys("registration-received:" + approvedOne,
                "registration-received:" + rejectedOne, "registration-approved:" + approvedOne,
                "visa-letter-ready:" + approvedOne, "registration-rejected:" + rejectedOne,
                "registration-withdrawn:" + approvedOne);

        // each in the reader's language, naming the meeting by its title and dates and
        // the state by its name
        MimeMessage received = toIngrid.get("registration-received");
        assertThat(received.getSubject()).isEqualTo("CCM Desk: inscripción recibida, Messages test meeting");
        assertThat(text(received)).contains("Se ha recibido su inscripción",
                "del 7 de julio de 2025 al 9 de julio de 2025", "Noruega");
        MimeMessage toFocalPoint = toNorway.get("registration-received:" + approvedOne);
        assertThat(toFocalPoint.getSubject()).isEqualTo("CCM Desk\u00A0: inscription reçue, Messages test meeting");
        assertThat(text(toFocalPoint)).contains("membre de votre délégation", "du 7 juillet 2025 au 9 juillet 2025",
                "Norvège", "Ingrid Solberg");

        // approved: the meeting's calendar file, which ical4j reads back with its dates
        for (MimeMessage approved : List.of(toIngrid.get("registration-approved"),
                toNorway.get("registration-approved:" + approvedOne))) {
            Part ics = attachment(approved, "ccm-meeting-" + meeting + ".ics");
            Calendar calendar = new CalendarBuilder()
                .build(new StringReader(new String(ics.getInputStream().readAllBytes(), "UTF-8")));
            VEvent event = calendar.<VEvent>getComponents("VEVENT").get(0);
            assertThat(event.getDateTimeStart().getValue()).isEqualTo("20250707");
            assertThat(event.getDateTimeEnd().getValue()).isEqualTo("20250710");
        }
        // the visa letter: a link, never the letter (it holds the passport number)
        MimeMessage visa = toIngrid.get("visa-letter-ready");
        assertThat(text(visa)).contains("/registrations/" + approvedOne + "/visa-letter.pdf")
            .doesNotContain("NP1234567");
        assertThat(visa.getContent()).isInstanceOf(Multipart.class);
        assertThat(GreenMailUtil.getWholeMessage(visa)).doesNotContain("application/pdf");
        // rejected: the reason
        assertThat(text(toOla.get("registration-rejected"))).contains("could not be approved",
                "The nomination did not come from the Permanent Mission.");
        assertThat(text(toNorway.get("registration-rejected:" + rejectedOne))).contains("n'a pas pu être approuvée",
                "The nomination did not come from the Permanent Mission.");
        assertThat(toIngrid.get("registration-withdrawn").getSubject()).contains("inscripción retirada");

        // nothing more comes afterwards
        Awaitility.await()
            .during(Duration.ofSeconds(2))
            .atMost(Duration.ofSeconds(10))
            .until(() -> MailServer.to(ingrid).size() == 4 && MailServer.to(norway.email()).size() == 6);
    }

    @Test
    void delegationsWithoutCredentialsAreRemindedOnceFromFourteenDaysBeforeTheMeeting() throws Exception {
        // 14 days after today, 22 June 2025
        long meeting = meeting(LocalDate.of(2025, 7, 6), LocalDate.of(2025, 7, 8));
        CcmUser chile = accounts.create(Role.FOCAL_POINT, "CHL");
        CcmUser ghana = accounts.create(Role.FOCAL_POINT, "GHA");
        register(meeting, profile(chile, unique("chile"), "Ana", "Rojas", "es", null), chile);
        register(meeting, profile(ghana, unique("ghana"), "Kofi", "Mensah", "en", null), ghana);
        mvc.perform(multipart("/meetings/{id}/delegations/GHA/credentials", meeting)
            .file(new MockMultipartFile("file", "note-verbale.pdf", "application/pdf", "%PDF-1.4\n%%EOF\n".getBytes()))
            .with(csrf())
            .with(TestAccounts.as(ghana))).andExpect(status().is3xxRedirection());

        reminders.remind(LocalDate.of(2025, 6, 21));
        assertThat(reminders(chile)).isZero();
        reminders.remind(LocalDate.of(2025, 6, 22));
        reminders.remind(LocalDate.of(2025, 6, 23));
        assertThat(reminders(chile)).isOne();
        assertThat(reminders(ghana)).isZero();
        MimeMessage reminder = awaitCauses(chile.email(), 2).get("credentials-reminder:" + meeting + ":CHL");
        assertThat(reminder.getSubject()).isEqualTo("CCM Desk: credentials awaited, Messages test meeting");
        assertThat(text(reminder)).contains("Chile", "6 July 2025 to 8 July 2025",
                "/meetings/" + meeting + "/delegations/CHL");
    }

    private int reminders(CcmUser focalPoint) {
        return jdbc.sql("select count(*) from mail_message where recipient = :to and kind = 'credentials-reminder'")
            .param("to", focalPoint.email())
            .query(Integer.class)
            .single();
    }

    private long meeting(LocalDate firstDay, LocalDate lastDay) {
        String shortName = "Messages " + UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql(
                """
                        insert into meeting (name, short_name, kind, registration_by_ccm_desk, first_day, last_day, city,
                               country, time_zone, registration_opens, registration_closes, source, cancelled, shipped, created_at)
                        values ('Messages test meeting', :short, 'RELATED_MEETING', true, :first, :last, 'Geneva', 'Switzerland',
                                'Europe/Zurich', :opens, :first, 'test', false, false, :now)""")
            .param("short", shortName)
            .param("first", firstDay)
            .param("last", lastDay)
            .param("opens", LocalDate.of(2025, 6, 1))
            .param("now", OffsetDateTime.parse("2025-06-01T09:00:00Z"))
            .update();
        return jdbc.sql("select id from meeting where short_name = :short")
            .param("short", shortName)
            .query(Long.class)
            .single();
    }

    /** A new member of the focal point's delegation; answers the profile's id. */
    private long profile(CcmUser focalPoint, String email, String givenNames, String familyName, String language,
            String passport) throws Exception {
        String delegation = focalPoint.states().iterator().next();
        MockHttpServletRequestBuilder request = post("/profile").with(csrf())
            .with(TestAccounts.as(focalPoint))
            .param("member", "true")
            .param("email", email)
            .param("title", "Ms.")
            .param("givenNames", givenNames)
            .param("familyName", familyName)
            .param("jobFunction", "Counsellor, Permanent Mission")
            .param("delegation", delegation)
            .param("language", language);
        if (passport != null) {
            request.param("passportNumber", passport).param("passportExpiry", "2030-01-31");
        }
        mvc.perform(request).andExpect(status().is3xxRedirection());
        return jdbc.sql("select id from participant where email = :email")
            .param("email", email)
            .query(Long.class)
            .single();
    }

    private long register(long meeting, long participant, CcmUser focalPoint) throws Exception {
        mvc.perform(post("/meetings/{id}/register", meeting).with(csrf())
            .with(TestAccounts.as(focalPoint))
            .param("participantId", String.valueOf(participant))
            .param("role", "POLICY_DELEGATE")
            .param("visaLetterRequested", "true")
            .param("meetingIds", String.valueOf(meeting))).andExpect(status().is3xxRedirection());
        return jdbc.sql("select id from registration where participant_id = :p and meeting_id = :m")
            .param("p", participant)
            .param("m", meeting)
            .query(Long.class)
            .single();
    }

    /** The messages to a person, by kind. */
    private Map<String, MimeMessage> awaitKinds(String address, int count) throws Exception {
        return await(address, count, "kind");
    }

    /** The messages to a focal point, by cause (kind and registration). */
    private Map<String, MimeMessage> awaitCauses(String address, int count) throws Exception {
        return await(address, count, "cause");
    }

    /**
     * Waits for {@code count} messages to the address; answers them by the column
     * {@code key} of their rows, refusing two with the same.
     */
    private Map<String, MimeMessage> await(String address, int count, String key) throws Exception {
        Awaitility.await()
            .atMost(Duration.ofSeconds(30))
            .pollInterval(Duration.ofMillis(200))
            .until(() -> MailServer.to(address).size() >= count);
        List<MimeMessage> received = MailServer.to(address);
        assertThat(received).as("messages to %s", address).hasSize(count);
        Map<String, MimeMessage> byKind = new TreeMap<>();
        for (MimeMessage message : received) {
            long id = Long.parseLong(message.getHeader(MailMessages.MESSAGE_HEADER)[0]);
            byKind.put(jdbc.sql("select " + key + " from mail_message where id = :id")
                .param("id", id)
                .query(String.class)
                .single(), message);
        }
        assertThat(byKind).as("one message per %s", key).hasSize(count);
        return byKind;
    }

    private static String unique(String name) {
        return name + "-" + UUID.randomUUID() + "@example.org";
    }

    /** The plain text body. */
    private static String text(Part part) throws Exception {
        if (part.isMimeType("text/plain")) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof Multipart multipart) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                text.append(text(multipart.getBodyPart(i)));
            }
            return text.toString();
        }
        return "";
    }

    private static Part attachment(MimeMessage message, String fileName) throws Exception {
        Multipart multipart = (Multipart) message.getContent();
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            if (fileName.equals(part.getFileName())) {
                return part;
            }
        }
        throw new AssertionError("no attachment " + fileName);
    }

}

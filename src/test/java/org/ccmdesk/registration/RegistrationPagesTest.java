package org.ccmdesk.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ccmdesk.registration.RegistrationFixtures.meeting;
import static org.ccmdesk.registration.RegistrationFixtures.openWindow;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.ccmdesk.accounts.CcmUser;
import org.ccmdesk.accounts.Role;
import org.ccmdesk.accounts.TestAccounts;
import org.ccmdesk.support.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registration pages and API as their users meet them: the focal point's two steps
 * (profile, registration), the messages and 4xx answers for bad input, and who sees what.
 */
@DatabaseTest
@Transactional
class RegistrationPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    long meeting;

    CcmUser laos;

    CcmUser france;

    CcmUser secretariat;

    CcmUser delegate;

    @BeforeEach
    void setUp() {
        meeting = meeting(jdbc, "Intersessional 2014");
        openWindow(jdbc, meeting);
        laos = accounts.create(Role.FOCAL_POINT, "LAO");
        france = accounts.create(Role.FOCAL_POINT, "FRA");
        secretariat = accounts.create(Role.SECRETARIAT);
        delegate = accounts.create(Role.DELEGATE);
    }

    private MockHttpServletRequestBuilder profile(String email, String birthDate) {
        return post("/profile").with(csrf())
            .param("member", "true")
            .param("meeting", String.valueOf(meeting))
            .param("email", email)
            .param("givenNames", "Khamla")
            .param("familyName", "Sisouk")
            .param("jobFunction", "Deputy Director")
            .param("delegation", "LAO")
            .param("passportNumber", "PA123456")
            .param("passportIssuer", "LAO")
            .param("passportExpiry", "2031-01-01")
            .param("birthDate", birthDate)
            .param("birthPlace", "Pakse");
    }

    private long createLaoMember(String email) throws Exception {
        mvc.perform(profile(email, "1980-02-03").with(TestAccounts.as(laos)))
            .andExpect(status().is3xxRedirection())
            .andExpect(redirectedUrlPattern("/meetings/" + meeting + "/register?participant=*"));
        return jdbc.sql("select id from participant where email = :e").param("e", email).query(Long.class).single();
    }

    private MockHttpServletRequestBuilder register(long participant) {
        return post("/meetings/" + meeting + "/register").with(csrf())
            .param("participantId", String.valueOf(participant))
            .param("role", "POLICY_DELEGATE")
            .param("publicConsent", "true")
            .param("meetingIds", String.valueOf(meeting));
    }

    @Test
    void theChoiceToShowTheRoleOfSurvivorIsOffUnlessTickedAndStored() throws Exception {
        long off = createLaoMember("survivor.off@example.la");
        assertThat(jdbc.sql("select public_survivor_role from participant where id = :id")
            .param("id", off)
            .query(Boolean.class)
            .single()).isFalse();
        mvc.perform(profile("survivor.on@example.la", "1980-02-03").param("publicSurvivorRole", "true")
            .with(TestAccounts.as(laos))).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select public_survivor_role from participant where email = 'survivor.on@example.la'")
            .query(Boolean.class)
            .single()).isTrue();
        mvc.perform(get("/profile").param("participant", String.valueOf(off)).with(TestAccounts.as(laos)))
            .andExpect(status().isOk())
            .andExpect(content().string(
                    org.hamcrest.Matchers.containsString("Show my role as a survivor on the public participant list")));
    }

    @Test
    void theWayToADelegationsPage() throws Exception {
        mvc.perform(get("/meetings/" + meeting + "/delegations").with(TestAccounts.as(laos)))
            .andExpect(redirectedUrl("/meetings/" + meeting + "/delegations/LAO"));
        mvc.perform(get("/meetings/" + meeting + "/delegations").param("delegation", "fra")
            .with(TestAccounts.as(secretariat))).andExpect(redirectedUrl("/meetings/" + meeting + "/delegations/FRA"));
        mvc.perform(get("/meetings/" + meeting + "/delegations").param("delegation", "nonsense")
            .with(TestAccounts.as(secretariat))).andExpect(status().isNotFound());
        String page = mvc.perform(get("/meetings/" + meeting + "/registrations").with(TestAccounts.as(secretariat)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
        assertThat(page).contains("<option value=\"LAO\">Lao People&#39;s Democratic Republic</option>");
    }

    @Test
    void aFocalPointRegistersAMemberInTwoStepsAndASecondAttemptShowsTheFirst() throws Exception {
        long person = createLaoMember("khamla@mofa.gov.la");
        String form = mvc
            .perform(get("/meetings/" + meeting + "/register").param("participant", String.valueOf(person))
                .with(TestAccounts.as(laos)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
        assertThat(form).contains("Khamla Sisouk").contains("needs its own registration elsewhere");

        mvc.perform(register(person).with(TestAccounts.as(laos)))
            .andExpect(redirectedUrl("/meetings/" + meeting + "/delegations/LAO"))
            .andExpect(flash().attribute("notice", "registration.submitted"));
        long id = jdbc.sql("select id from registration where participant_id = :p")
            .param("p", person)
            .query(Long.class)
            .single();

        mvc.perform(register(person).with(TestAccounts.as(laos)))
            .andExpect(redirectedUrl("/registrations/" + id))
            .andExpect(flash().attribute("problem", "registration.alreadyRegistered"));
        assertThat(jdbc.sql("select count(*) from registration where participant_id = :p")
            .param("p", person)
            .query(Long.class)
            .single()).isEqualTo(1);

        String page = mvc.perform(get("/meetings/" + meeting + "/delegations/LAO").with(TestAccounts.as(laos)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
        assertThat(page).contains("Khamla Sisouk").contains("A victim assistance expert or a survivor");
    }

    @Test
    void badInputGetsAClearMessageAndA4xx() throws Exception {
        mvc.perform(profile("khamla@mofa.gov.la", "2030-01-01").with(TestAccounts.as(laos)))
            .andExpect(status().isBadRequest())
            .andExpect(content()
                .string(org.hamcrest.Matchers.containsString("The date of birth cannot be in the future.")));
        mvc.perform(profile("not-an-email", "1980-02-03").with(TestAccounts.as(laos)))
            .andExpect(status().isBadRequest());
        assertThat(jdbc.sql("select count(*) from participant").query(Long.class).single()).isZero();

        // a focal point of France may neither create a Lao profile nor register a Lao
        // member
        mvc.perform(profile("other@mofa.gov.la", "1980-02-03").with(TestAccounts.as(france)))
            .andExpect(status().isForbidden());
        long person = createLaoMember("khamla@mofa.gov.la");
        mvc.perform(post("/meetings/" + meeting + "/register").with(csrf())
            .param("participantId", String.valueOf(person))
            .param("role", "DELEGATE")
            .param("meetingIds", String.valueOf(meeting))
            .with(TestAccounts.as(laos)))
            .andExpect(status().isBadRequest())
            .andExpect(content().string(org.hamcrest.Matchers.containsString("Choose a role")));
        mvc.perform(register(person).with(TestAccounts.as(france))).andExpect(status().isForbidden());
        mvc.perform(get("/meetings/" + meeting + "/delegations/LAO").with(TestAccounts.as(france)))
            .andExpect(status().isForbidden());

        // after the window: the focal point is told, the secretariat adds a late
        // registration
        jdbc.sql("update meeting set registration_closes = '2025-06-21' where id = :id").param("id", meeting).update();
        mvc.perform(register(person).with(TestAccounts.as(laos)))
            .andExpect(status().isBadRequest())
            .andExpect(content().string(org.hamcrest.Matchers.containsString("is not open")));
        mvc.perform(register(person).with(TestAccounts.as(secretariat))).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select late from registration where participant_id = :p")
            .param("p", person)
            .query(Boolean.class)
            .single()).isTrue();

        // credentials: a PDF only
        mvc.perform(multipart("/meetings/" + meeting + "/delegations/LAO/credentials")
            .file(new MockMultipartFile("file", "note.pdf", "application/pdf", "<html>not a pdf</html>".getBytes()))
            .with(csrf())
            .with(TestAccounts.as(laos))).andExpect(status().isBadRequest());
    }

    @Test
    void theApiShowsEachUserWhatIsTheirsAndNeverAPassport() throws Exception {
        long person = createLaoMember("khamla@mofa.gov.la");
        mvc.perform(register(person).with(TestAccounts.as(laos))).andExpect(status().is3xxRedirection());

        mvc.perform(get("/api/registrations").param("meeting", String.valueOf(meeting)).with(TestAccounts.as(laos)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.length()").value(1))
            .andExpect(jsonPath("$[0].delegation").value("LAO"))
            .andExpect(jsonPath("$[0].status").value("SUBMITTED"))
            .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("PA123456"))));
        mvc.perform(get("/api/registrations").with(TestAccounts.as(france))).andExpect(jsonPath("$.length()").value(0));
        mvc.perform(get("/api/registrations").with(TestAccounts.as(delegate)))
            .andExpect(jsonPath("$.length()").value(0));
        mvc.perform(get("/api/registrations").with(TestAccounts.as(secretariat)))
            .andExpect(jsonPath("$.length()").value(1));
        long id = jdbc.sql("select id from registration where participant_id = :p")
            .param("p", person)
            .query(Long.class)
            .single();
        mvc.perform(get("/api/registrations/" + id).with(TestAccounts.as(france))).andExpect(status().isForbidden());
        mvc.perform(get("/api/registrations/" + id).with(TestAccounts.as(laos)))
            .andExpect(jsonPath("$.familyName").value("Sisouk"));

        // the registration page shows the passport to its focal point, and the meeting's
        // visa information link
        String page = mvc.perform(get("/registrations/" + id).with(TestAccounts.as(laos)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
        assertThat(page).contains("PA123456")
            .contains("http://www.ccm-registration.org/menu/visa-information-for-switzerland/");
        mvc.perform(get("/registrations/" + id).with(TestAccounts.as(france))).andExpect(status().isForbidden());
    }

    @Test
    void theSecretariatSeesWhichDelegationsHaveNoCredentials() throws Exception {
        long person = createLaoMember("khamla@mofa.gov.la");
        mvc.perform(register(person).with(TestAccounts.as(laos))).andExpect(status().is3xxRedirection());
        String before = mvc.perform(get("/meetings/" + meeting + "/registrations").with(TestAccounts.as(secretariat)))
            .andReturn()
            .getResponse()
            .getContentAsString();
        assertThat(before.substring(before.indexOf("without-credentials")))
            .contains("Lao People&#39;s Democratic Republic");

        mvc.perform(multipart("/meetings/" + meeting + "/delegations/LAO/credentials")
            .file(new MockMultipartFile("file", "note-verbale.pdf", "application/pdf", "%PDF-1.4 note".getBytes()))
            .with(csrf())
            .with(TestAccounts.as(laos))).andExpect(redirectedUrl("/meetings/" + meeting + "/delegations/LAO"));
        String after = mvc.perform(get("/meetings/" + meeting + "/registrations").with(TestAccounts.as(secretariat)))
            .andReturn()
            .getResponse()
            .getContentAsString();
        assertThat(after).doesNotContain("without-credentials")
            .contains("Every registered delegation has uploaded its credentials.");
    }

    @Test
    void aNewProfileReadsMessagesInThePagesLanguageUntilThePersonChooses() throws Exception {
        String page = mvc.perform(get("/profile").with(TestAccounts.as(delegate)).locale(java.util.Locale.FRENCH))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
        assertThat(page).contains("Langue des messages").containsPattern("<option value=\"fr\" selected=\"selected\"");
        mvc.perform(post("/profile").with(csrf())
            .with(TestAccounts.as(delegate))
            .param("email", delegate.email())
            .param("givenNames", "Noy")
            .param("familyName", "Keo")
            .param("jobFunction", "Survivor advocate")
            .param("delegation", "LAO")
            .param("language", "de"))
            .andExpect(status().isBadRequest())
            .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"language\"")));
        assertThat(jdbc.sql("select count(*) from participant where email = :e")
            .param("e", delegate.email())
            .query(Integer.class)
            .single()).isZero();
    }

    @Test
    void anExpiredPassportIsAWarningNotABlock() throws Exception {
        mvc.perform(post("/profile").with(csrf())
            .with(TestAccounts.as(laos))
            .param("member", "true")
            .param("email", "khamla@mofa.gov.la")
            .param("givenNames", "Khamla")
            .param("familyName", "Sisouk")
            .param("jobFunction", "Deputy Director")
            .param("delegation", "LAO")
            .param("passportNumber", "PA123456")
            .param("passportExpiry", "2025-06-01"))
            .andExpect(status().is3xxRedirection())
            .andExpect(flash().attribute("problem", "participant.passportExpired"));
        long person = jdbc.sql("select id from participant where email = 'khamla@mofa.gov.la'")
            .query(Long.class)
            .single();
        mvc.perform(register(person).with(TestAccounts.as(laos))).andExpect(status().is3xxRedirection());
        long id = jdbc.sql("select id from registration where participant_id = :p")
            .param("p", person)
            .query(Long.class)
            .single();
        // expired on 1 June; the meeting ends on 9 July 2025
        String page = mvc.perform(get("/registrations/" + id).with(TestAccounts.as(laos)))
            .andReturn()
            .getResponse()
            .getContentAsString();
        // and less than three months after it: the Schengen rule
        assertThat(page).contains("less than three months after the meeting&#39;s last day");
    }

    @Test
    void registeringThroughTheApi() throws Exception {
        long person = createLaoMember("khamla@mofa.gov.la");
        String body = "{\"participantId\": " + person + ", \"role\": \"TECHNICAL_EXPERT\", \"publicConsent\": true, "
                + "\"meetingIds\": [" + meeting + "]}";
        String created = mvc
            .perform(post("/api/meetings/" + meeting + "/registrations").with(csrf())
                .with(TestAccounts.as(laos))
                .contentType("application/json")
                .content(body))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$[0].role").value("TECHNICAL_EXPERT"))
            .andExpect(jsonPath("$[0].confirmed").value(true))
            .andReturn()
            .getResponse()
            .getHeader("Location");
        long id = jdbc.sql("select id from registration where participant_id = :p")
            .param("p", person)
            .query(Long.class)
            .single();
        assertThat(created).isEqualTo("/api/registrations/" + id);
        mvc.perform(post("/api/meetings/" + meeting + "/registrations").with(csrf())
            .with(TestAccounts.as(laos))
            .contentType("application/json")
            .content(body))
            .andExpect(status().isConflict())
            .andExpect(jsonPath("$.registration").value(id))
            .andExpect(jsonPath("$.current").value("SUBMITTED"))
            .andExpect(jsonPath("$.detail").value("This person is already registered for this meeting."));
        mvc.perform(post("/api/meetings/" + meeting + "/registrations").with(csrf())
            .with(TestAccounts.as(france))
            .contentType("application/json")
            .content(body)).andExpect(status().isForbidden());
        mvc.perform(post("/api/meetings/" + meeting + "/registrations").with(csrf())
            .with(TestAccounts.as(laos))
            .contentType("application/json")
            .content("{\"participantId\": " + person + ", \"meetingIds\": []}"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors.length()").value(2));
        assertThat(jdbc.sql("select count(*) from registration where participant_id = :p")
            .param("p", person)
            .query(Long.class)
            .single()).isEqualTo(1);
    }

    @Test
    void aPersonRegistersThemselfAndTheFocalPointConfirms() throws Exception {
        mvc.perform(get("/meetings/" + meeting + "/register").with(TestAccounts.as(delegate)))
            .andExpect(redirectedUrl("/profile?meeting=" + meeting));
        mvc.perform(post("/profile").with(csrf())
            .with(TestAccounts.as(delegate))
            .param("meeting", String.valueOf(meeting))
            .param("email", "someone-else@example.org")
            .param("givenNames", "Noy")
            .param("familyName", "Keo")
            .param("jobFunction", "Survivor advocate")
            .param("delegation", "LAO")).andExpect(status().is3xxRedirection());
        // the e-mail of one's own profile is the account's, whatever the form says
        long person = jdbc.sql("select id from participant where email = :e")
            .param("e", delegate.email())
            .query(Long.class)
            .single();
        mvc.perform(post("/meetings/" + meeting + "/register").with(csrf())
            .with(TestAccounts.as(delegate))
            .param("participantId", String.valueOf(person))
            .param("role", "SURVIVOR")
            .param("meetingIds", String.valueOf(meeting))).andExpect(redirectedUrlPattern("/registrations/*"));
        long id = jdbc.sql("select id from registration where participant_id = :p")
            .param("p", person)
            .query(Long.class)
            .single();
        assertThat(jdbc.sql("select confirmed from registration where id = :id")
            .param("id", id)
            .query(Boolean.class)
            .single()).isFalse();
        mvc.perform(post("/registrations/" + id + "/confirm").with(csrf()).with(TestAccounts.as(france)))
            .andExpect(status().isForbidden());
        mvc.perform(post("/registrations/" + id + "/confirm").with(csrf()).with(TestAccounts.as(laos)))
            .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select confirmed from registration where id = :id")
            .param("id", id)
            .query(Boolean.class)
            .single()).isTrue();
        // withdrawing needs the confirmation box
        mvc.perform(post("/registrations/" + id + "/withdraw").with(csrf()).with(TestAccounts.as(delegate)))
            .andExpect(flash().attribute("problem", "registration.confirmWithdraw"));
        mvc.perform(post("/registrations/" + id + "/withdraw").param("confirm", "yes")
            .with(csrf())
            .with(TestAccounts.as(delegate))).andExpect(flash().attribute("notice", "registration.withdrawn"));
        // a second withdrawal (another tab, a colleague) is told that it changes nothing
        mvc.perform(post("/registrations/" + id + "/withdraw").param("confirm", "yes")
            .with(csrf())
            .with(TestAccounts.as(laos)))
            .andExpect(redirectedUrl("/registrations/" + id))
            .andExpect(flash().attribute("problem", "registration.cannotChange"));
        mvc.perform(post("/registrations/" + id + "/reject").param("reason", "Not on the credentials.")
            .with(csrf())
            .with(TestAccounts.as(secretariat))).andExpect(flash().attribute("problem", "registration.cannotChange"));

        // changing one's mind: the form offers the meeting again, and ticking nothing is
        // a clear 400
        String form = mvc.perform(get("/meetings/" + meeting + "/register").with(TestAccounts.as(delegate)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
        assertThat(form).contains("id=\"meeting-" + meeting + "\"").contains("withdrawn earlier");
        mvc.perform(post("/meetings/" + meeting + "/register").with(csrf())
            .with(TestAccounts.as(delegate))
            .param("participantId", String.valueOf(person))
            .param("role", "SURVIVOR")).andExpect(status().isBadRequest());
        mvc.perform(post("/meetings/" + meeting + "/register").with(csrf())
            .with(TestAccounts.as(delegate))
            .param("participantId", String.valueOf(person))
            .param("role", "SURVIVOR")
            .param("meetingIds", String.valueOf(meeting))).andExpect(redirectedUrl("/registrations/" + id));
        assertThat(
                jdbc.sql("select status from registration where id = :id").param("id", id).query(String.class).single())
            .isEqualTo("SUBMITTED");
    }

}

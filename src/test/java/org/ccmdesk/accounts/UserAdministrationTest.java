package org.ccmdesk.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.ccmdesk.support.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

@DatabaseTest
@Transactional
class UserAdministrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    UserAccounts users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApiTokens tokens;

    CcmUser secretariat;

    @BeforeEach
    void signIn() {
        secretariat = accounts.create(Role.SECRETARIAT);
    }

    private String createFocalPoint(String email, String state) throws Exception {
        var result = mvc
            .perform(post("/admin/users/new").with(csrf())
                .with(TestAccounts.as(secretariat))
                .param("email", email)
                .param("displayName", "Focal <b>point</b>")
                .param("role", "FOCAL_POINT")
                .param("state", state))
            .andExpect(redirectedUrlPattern("/admin/users/*"))
            .andReturn();
        return (String) result.getFlashMap().get("passwordLink");
    }

    @Test
    void theSecretariatCreatesAFocalPointWhoSetsAPasswordThroughTheLinkOnce() throws Exception {
        String link = createFocalPoint("Focal.France@Example.org", "fra");
        assertThat(link).contains("/password-reset/");
        String path = link.substring(link.indexOf("/password-reset/"));
        CcmUser created = users.findByEmail("focal.france@example.org").orElseThrow();
        assertThat(created.role()).isEqualTo(Role.FOCAL_POINT);
        assertThat(created.states()).containsExactly("FRA");
        assertThat(created.getPassword()).isNull();

        mvc.perform(get(path)).andExpect(status().isOk());
        mvc.perform(post(path).with(csrf()).param("newPassword", "short").param("confirmation", "short"))
            .andExpect(status().isBadRequest())
            .andExpect(content().string(containsString("at least 12 characters")));
        mvc.perform(post(path).with(csrf())
            .param("newPassword", TestAccounts.PASSWORD)
            .param("confirmation", TestAccounts.PASSWORD)).andExpect(redirectedUrl("/login"));
        mvc.perform(post(path).with(csrf())
            .param("newPassword", TestAccounts.PASSWORD)
            .param("confirmation", TestAccounts.PASSWORD)).andExpect(status().isGone());
        mvc.perform(post("/login").with(csrf())
            .param("email", "focal.france@example.org")
            .param("password", TestAccounts.PASSWORD)).andExpect(redirectedUrl("/desk"));

        String audit = jdbc.sql(
                "select new_value from audit_entry where entity_type = 'user' and action = 'CREATE' and entity_id = :id")
            .param("id", String.valueOf(created.id()))
            .query(String.class)
            .single();
        assertThat(audit).contains("focal.france@example.org").contains("FOCAL_POINT");
    }

    @Test
    void aPasswordLinkExpiresAfter24Hours() throws Exception {
        String link = createFocalPoint("late@example.org", "ESP");
        String path = link.substring(link.indexOf("/password-reset/"));
        // the link was issued 24 hours and one minute before "now"
        jdbc.sql("update password_reset_token set created_at = created_at - interval '1441' minute,"
                + " expires_at = expires_at - interval '1441' minute where used_at is null")
            .update();
        mvc.perform(get(path))
            .andExpect(status().isGone())
            .andExpect(content().string(containsString("expired or has already been used")));
    }

    @Test
    void displayNamesAreStoredAsTextAndShownEscaped() throws Exception {
        createFocalPoint("escape@example.org", "DEU");
        long id = users.findByEmail("escape@example.org").orElseThrow().id();
        mvc.perform(get("/admin/users/" + id).with(TestAccounts.as(secretariat)))
            .andExpect(content().string(containsString("Focal &lt;b&gt;point&lt;/b&gt;")))
            .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Focal <b>point</b>"))));
    }

    @Test
    void badInputIsShownNextToTheFieldsAndNothingIsWritten() throws Exception {
        createFocalPoint("taken@example.org", "DEU");
        int before = jdbc.sql("select count(*) from app_user").query(Integer.class).single();
        int audits = jdbc.sql("select count(*) from audit_entry").query(Integer.class).single();
        mvc.perform(post("/admin/users/new").with(csrf())
            .with(TestAccounts.as(secretariat))
            .param("email", "TAKEN@example.org")
            .param("displayName", "Again")
            .param("role", "DELEGATE"))
            .andExpect(status().isBadRequest())
            .andExpect(content().string(containsString("A user with this e-mail address already exists.")));
        mvc.perform(post("/admin/users/new").with(csrf())
            .with(TestAccounts.as(secretariat))
            .param("email", "fp@example.org")
            .param("displayName", "No state")
            .param("role", "FOCAL_POINT"))
            .andExpect(status().isBadRequest())
            .andExpect(content().string(containsString("choose exactly one")));
        mvc.perform(post("/admin/users/new").with(csrf())
            .with(TestAccounts.as(secretariat))
            .param("email", "someone@example.org")
            .param("displayName", "Someone")
            .param("role", "NOBODY"))
            .andExpect(status().isBadRequest())
            .andExpect(content().string(containsString("This value is not valid.")));
        mvc.perform(post("/admin/users/new").with(csrf())
            .with(TestAccounts.as(secretariat))
            .param("email", "not-an-email")
            .param("displayName", "x".repeat(300))
            .param("role", "DELEGATE"))
            .andExpect(status().isBadRequest())
            .andExpect(content().string(containsString("not a valid e-mail address")))
            .andExpect(content().string(containsString("at most 200 characters")));
        assertThat(jdbc.sql("select count(*) from app_user").query(Integer.class).single()).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from audit_entry").query(Integer.class).single()).isEqualTo(audits);
    }

    @Test
    void disablingNeedsConfirmationSignsOutAndRefusesLogin() throws Exception {
        CcmUser delegate = accounts.create(Role.DELEGATE);
        mvc.perform(post("/admin/users/" + delegate.id() + "/disable").with(csrf()).with(TestAccounts.as(secretariat)))
            .andExpect(redirectedUrl("/admin/users/" + delegate.id()));
        assertThat(users.findPrincipal(delegate.id()).orElseThrow().isEnabled()).isTrue();
        mvc.perform(post("/admin/users/" + delegate.id() + "/disable").with(csrf())
            .with(TestAccounts.as(secretariat))
            .param("confirm", "yes"));
        assertThat(users.findPrincipal(delegate.id()).orElseThrow().isEnabled()).isFalse();
        mvc.perform(
                post("/login").with(csrf()).param("email", delegate.email()).param("password", TestAccounts.PASSWORD))
            .andExpect(redirectedUrl("/login?error"));
        mvc.perform(post("/admin/users/" + delegate.id() + "/enable").with(csrf()).with(TestAccounts.as(secretariat)));
        mvc.perform(
                post("/login").with(csrf()).param("email", delegate.email()).param("password", TestAccounts.PASSWORD))
            .andExpect(redirectedUrl("/desk"));
        assertThat(
                jdbc.sql("select count(*) from audit_entry where entity_id = :id and action in ('DISABLE', 'ENABLE')")
                    .param("id", String.valueOf(delegate.id()))
                    .query(Integer.class)
                    .single())
            .isEqualTo(2);
    }

    @Test
    void theTokensOfADisabledUserStayRevokedWhenTheUserIsEnabledAgain() throws Exception {
        CcmUser delegate = accounts.create(Role.DELEGATE);
        String token = tokens.create(delegate.id(), "nightly import");
        mvc.perform(get("/api/me").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
        mvc.perform(post("/admin/users/" + delegate.id() + "/disable").with(csrf())
            .with(TestAccounts.as(secretariat))
            .param("confirm", "yes"));
        mvc.perform(post("/admin/users/" + delegate.id() + "/enable").with(csrf()).with(TestAccounts.as(secretariat)));
        assertThat(users.findPrincipal(delegate.id()).orElseThrow().isEnabled()).isTrue();
        mvc.perform(get("/api/me").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
        assertThat(tokens.list(delegate.id())).allSatisfy(info -> assertThat(info.revokedAt()).isNotNull());
    }

    @Test
    void listAndSearchUsers() throws Exception {
        createFocalPoint("searchable.person@example.org", "ITA");
        mvc.perform(get("/admin/users").param("q", "SEARCHABLE").with(TestAccounts.as(secretariat)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("searchable.person@example.org")))
            .andExpect(content().string(containsString("1 users")));
        mvc.perform(get("/admin/users").param("q", "100%_").with(TestAccounts.as(secretariat)))
            .andExpect(content().string(containsString("0 users")));
    }

    @Test
    void organisationsAreManagedAndAFocalPointMayActForOne() throws Exception {
        mvc.perform(post("/admin/organisations/new").with(csrf())
            .with(TestAccounts.as(secretariat))
            .param("name", "Cluster Munition Coalition")
            .param("acronym", "CMC")
            .param("kind", "NON_GOVERNMENTAL_ORGANISATION")
            .param("active", "true")).andExpect(redirectedUrl("/admin/organisations"));
        mvc.perform(post("/admin/organisations/new").with(csrf())
            .with(TestAccounts.as(secretariat))
            .param("name", "cluster munition coalition")
            .param("kind", "OTHER"))
            .andExpect(status().isBadRequest())
            .andExpect(content().string(containsString("already exists")));
        long id = jdbc.sql("select id from organisation where acronym = 'CMC'").query(Long.class).single();
        mvc.perform(post("/admin/users/new").with(csrf())
            .with(TestAccounts.as(secretariat))
            .param("email", "cmc@example.org")
            .param("displayName", "CMC")
            .param("role", "FOCAL_POINT")
            .param("organisation", String.valueOf(id))).andExpect(redirectedUrlPattern("/admin/users/*"));
        assertThat(users.findByEmail("cmc@example.org").orElseThrow().organisations()).containsExactly(id);
        mvc.perform(get("/admin/organisations").with(TestAccounts.as(secretariat)))
            .andExpect(content().string(containsString("Cluster Munition Coalition")));
    }

    @Test
    void theSecretariatChoosesTheLanguageOfTheNewUserTheirOwnPageLanguageByDefault() throws Exception {
        mvc.perform(get("/admin/users/new").with(TestAccounts.as(secretariat)).locale(java.util.Locale.FRENCH))
            .andExpect(status().isOk())
            .andExpect(content().string(org.hamcrest.Matchers
                .matchesRegex("(?s).*<option value=\"fr\" selected=\"selected\">Français</option>.*")));
        mvc.perform(post("/admin/users/new").with(csrf())
            .with(TestAccounts.as(secretariat))
            .param("email", "spanish@example.org")
            .param("displayName", "Una persona")
            .param("role", "DELEGATE")
            .param("language", "es")).andExpect(redirectedUrlPattern("/admin/users/*"));
        mvc.perform(post("/admin/users/new").with(csrf())
            .with(TestAccounts.as(secretariat))
            .locale(java.util.Locale.FRENCH)
            .param("email", "french@example.org")
            .param("displayName", "Une personne")
            .param("role", "DELEGATE")).andExpect(redirectedUrlPattern("/admin/users/*"));
        long spanish = users.findByEmail("spanish@example.org").orElseThrow().id();
        assertThat(users.findSummary(spanish).orElseThrow().language()).isEqualTo("es");
        assertThat(
                users.findSummary(users.findByEmail("french@example.org").orElseThrow().id()).orElseThrow().language())
            .isEqualTo("fr");
        mvc.perform(get("/admin/users/" + spanish).with(TestAccounts.as(secretariat)))
            .andExpect(content().string(containsString("Español")));

        int before = jdbc.sql("select count(*) from app_user").query(Integer.class).single();
        mvc.perform(post("/admin/users/new").with(csrf())
            .with(TestAccounts.as(secretariat))
            .param("email", "german@example.org")
            .param("displayName", "Eine Person")
            .param("role", "DELEGATE")
            .param("language", "de"))
            .andExpect(status().isBadRequest())
            .andExpect(content().string(containsString("Choose English, French or Spanish.")));
        assertThat(jdbc.sql("select count(*) from app_user").query(Integer.class).single()).isEqualTo(before);
    }

    @Test
    void everyUserChoosesTheLanguageOfTheirMessagesOnTheirAccountPage() throws Exception {
        CcmUser delegate = accounts.create(Role.DELEGATE);
        mvc.perform(get("/account").with(TestAccounts.as(delegate)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Language of your messages")));
        mvc.perform(post("/account/language").with(csrf()).with(TestAccounts.as(delegate)).param("language", "fr"))
            .andExpect(redirectedUrl("/account"));
        assertThat(users.findSummary(delegate.id()).orElseThrow().language()).isEqualTo("fr");
        assertThat(jdbc.sql("select new_value from audit_entry where entity_id = :id and action = 'LANGUAGE'")
            .param("id", String.valueOf(delegate.id()))
            .query(String.class)
            .single()).contains("fr");

        mvc.perform(post("/account/language").with(csrf())
            .with(TestAccounts.as(delegate))
            .locale(java.util.Locale.FRENCH)
            .param("language", "xx"))
            .andExpect(status().isBadRequest())
            .andExpect(content().string(containsString(
                    "Veuillez choisir une langue parmi les suivantes\u00A0: anglais, français ou espagnol.")));
        mvc.perform(post("/account/language").with(csrf()).with(TestAccounts.as(delegate)))
            .andExpect(status().isBadRequest())
            .andExpect(content().string(containsString("This field is required.")));
        mvc.perform(post("/account/language").with(TestAccounts.as(delegate)).param("language", "es"))
            .andExpect(status().isForbidden());
        assertThat(users.findSummary(delegate.id()).orElseThrow().language()).isEqualTo("fr");
    }

    @Test
    void withoutAMailServerThePageShowsTheLinkAndTheSignInPageSendsNobodyToASelfServiceReset() throws Exception {
        // a real session: the flash attributes live in it (Spring Session), not in
        // MockMvc's
        jakarta.servlet.http.Cookie session = mvc
            .perform(post("/login").with(csrf())
                .param("email", secretariat.email())
                .param("password", TestAccounts.PASSWORD))
            .andReturn()
            .getResponse()
            .getCookie("SESSION");
        String userPage = mvc
            .perform(post("/admin/users/new").with(csrf())
                .cookie(session)
                .param("email", "no-mail@example.org")
                .param("displayName", "No mail")
                .param("role", "DELEGATE"))
            .andExpect(redirectedUrlPattern("/admin/users/*"))
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
        mvc.perform(get(userPage).cookie(session))
            .andExpect(content().string(containsString("The user is created.")))
            .andExpect(content().string(containsString("id=\"password-link\"")))
            .andExpect(content().string(containsString("http://localhost:8080/password-reset/")))
            .andExpect(content().string(org.hamcrest.Matchers.not(containsString("A message with the link"))));

        mvc.perform(get("/login"))
            .andExpect(content().string(org.hamcrest.Matchers.not(containsString("/forgot-password"))))
            .andExpect(content().string(containsString("Ask the secretariat")));
        mvc.perform(get("/forgot-password"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Ask the secretariat")));
        CcmUser delegate = accounts.create(Role.DELEGATE);
        mvc.perform(post("/forgot-password").with(csrf()).param("email", delegate.email()))
            .andExpect(redirectedUrl("/forgot-password"));
        assertThat(jdbc.sql("select count(*) from password_reset_token where user_id = :id")
            .param("id", delegate.id())
            .query(Integer.class)
            .single()).isZero();
    }

}

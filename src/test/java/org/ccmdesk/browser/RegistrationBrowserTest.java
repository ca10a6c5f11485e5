package org.ccmdesk.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;

import org.ccmdesk.accounts.CcmUser;
import org.ccmdesk.accounts.Role;
import org.ccmdesk.accounts.TestAccounts;
import org.ccmdesk.support.BrowserTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/**
 * Lao PDR's focal point registers two delegates for an intersessional meeting in July
 * 2025 (the APMBC meeting of the same weeks is registered elsewhere); the advice says the
 * affected state lacks a victim assistance expert or survivor; the secretariat approves
 * both; the public list shows the one who agreed to appear on it. "Today" is 22 June 2025
 * by the test clock; the test creates both meetings, with the registration window open,
 * so that no other browser test sees its registrations and it sees none of theirs.
 */
class RegistrationBrowserTest extends BrowserTest {

    private static final String APMBC_SITE = "https://apmbc.example.org/register";

    private static final String MEETING_NAME = "Intersessional Meeting, July 2025";

    private static final String MEETING = "Intersessional July 2025";

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    long meeting;

    long apmbc;

    @BeforeEach
    void openTheRegistration() {
        KeyHolder series = new GeneratedKeyHolder();
        jdbc.sql("insert into meeting_series (name) values ('Geneva, July 2025')").update(series, "id");
        meeting = insertMeeting(series.getKey().longValue(), MEETING_NAME, MEETING, "INTERSESSIONAL", true,
                LocalDate.of(2025, 7, 7), LocalDate.of(2025, 7, 9));
        jdbc.sql(
                "update meeting set registration_opens = date '2025-06-01', registration_closes = date '2025-06-30' where id = :id")
            .param("id", meeting)
            .update();
        apmbc = insertMeeting(series.getKey().longValue(), "APMBC intersessional meetings, July 2025",
                "APMBC July 2025", "RELATED_MEETING", false, LocalDate.of(2025, 7, 9), LocalDate.of(2025, 7, 11));
        jdbc.sql("update meeting set registration_url = :url where id = :id")
            .param("url", APMBC_SITE)
            .param("id", apmbc)
            .update();
    }

    private long insertMeeting(long series, String name, String shortName, String kind, boolean registeredHere,
            LocalDate firstDay, LocalDate lastDay) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql(
                """
                        insert into meeting (name, short_name, kind, registration_by_ccm_desk, first_day, last_day, city, country,
                                             time_zone, series_id, source, cancelled, shipped, created_at)
                        values (:name, :shortName, :kind, :registeredHere, :firstDay, :lastDay, 'Geneva', 'Switzerland',
                                'Europe/Zurich', :series, 'RegistrationBrowserTest', false, false, :createdAt)""")
            .param("name", name)
            .param("shortName", shortName)
            .param("kind", kind)
            .param("registeredHere", registeredHere)
            .param("firstDay", firstDay)
            .param("lastDay", lastDay)
            .param("series", series)
            .param("createdAt", OffsetDateTime.of(2025, 6, 1, 9, 0, 0, 0, ZoneOffset.ofHours(2)))
            .update(key, "id");
        return key.getKey().longValue();
    }

    @Test
    void aFocalPointRegistersTwoDelegatesTheSecretariatApprovesAndThePublicSeesTheConsentingOne() {
        assertThat(
                jdbc.sql("select flag_value from state_flag where state_iso3 = 'LAO' and flag = 'CONTAMINATED_AT_EIF'")
                    .query(String.class)
                    .single())
            .isEqualTo("YES");
        // the pages name states by their UN name (UN M49)
        String lao = jdbc.sql("select name_en from state where iso3 = 'LAO'").query(String.class).single();
        assertThat(lao).isEqualTo("Lao People's Democratic Republic");
        CcmUser focalPoint = accounts.create(Role.FOCAL_POINT, "LAO");
        CcmUser secretariat = accounts.create(Role.SECRETARIAT);

        // the focal point sees the meeting in "My registrations" and goes from the
        // meeting's page to Lao PDR's delegation page
        Page fp = browser.newPage("en-GB");
        signInChecked(fp, focalPoint);
        fp.navigate(url("/meetings/" + meeting));
        assertThat(fp.locator("#meeting-registration")).hasText("Open until 30 June 2025.");
        assertThat(fp.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Register").setExact(true)))
            .isVisible();
        assertThat(fp.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("List of participants")))
            .isVisible();
        browser.assertAccessible(fp);
        fp.navigate(url("/my/registrations"));
        assertThat(fp.locator("h1")).hasText("My registrations");
        assertThat(fp.locator("#coming tr")
            .filter(new Locator.FilterOptions().setHasText(MEETING_NAME))
            .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Delegation of " + lao))).isVisible();
        browser.assertAccessible(fp);
        fp.navigate(url("/meetings/" + meeting));
        fp.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("My delegation")).click();
        assertThat(fp).hasURL(url("/meetings/" + meeting + "/delegations/LAO"));
        assertThat(fp.locator("h1")).hasText("Delegation of " + lao + " to " + MEETING);
        assertThat(fp.locator("#advice-VICTIM_ASSISTANCE_OR_SURVIVOR")).isVisible();
        browser.assertAccessible(fp);

        // delegate 1: a policy-level delegate who agrees to appear on the public list
        fp.locator("#add-member").click();
        fillProfile(fp, "Khamphao", "Phommasane", "Director-General, Ministry of Foreign Affairs",
                "khamphao@mofa.example.la");
        assertRegistrationForm(fp, "Khamphao Phommasane");
        fp.locator("#role").selectOption("POLICY_DELEGATE");
        fp.locator("#register-form input[type=checkbox][name=publicConsent]").check();
        fp.locator("#register-submit").click();
        assertThat(fp).hasURL(url("/meetings/" + meeting + "/delegations/LAO"));
        assertThat(fp.locator("#notice")).hasText("The registration is submitted.");
        browser.assertAccessible(fp);

        // delegate 2: a technical expert, not on the public list; the button is pressed
        // twice quickly
        fp.locator("#add-member").click();
        fillProfile(fp, "Bounkham", "Vorachit", "Deputy Director, National Regulatory Authority for UXO",
                "bounkham@nra.example.la");
        assertRegistrationForm(fp, "Bounkham Vorachit");
        fp.locator("#role").selectOption("TECHNICAL_EXPERT");
        assertThat(fp.locator("#register-form input[type=checkbox][name=publicConsent]")).not().isChecked();
        fp.locator("#register-submit").dblclick();
        // whichever answer the browser shows last: the delegation page, or the
        // registration made by the other click
        fp.waitForURL(Pattern.compile(".*/(meetings/" + meeting + "/delegations/LAO|registrations/\\d+)$"));
        fp.waitForLoadState(LoadState.NETWORKIDLE);
        browser.assertAccessible(fp);
        assertThat(jdbc.sql("""
                select count(*) from registration r join participant p on p.id = r.participant_id
                 where p.email = 'bounkham@nra.example.la' and r.meeting_id = :meeting""")
            .param("meeting", meeting)
            .query(Long.class)
            .single()).isEqualTo(1L);

        // both are submitted; the advice misses only the victim assistance expert or
        // survivor
        fp.navigate(url("/meetings/" + meeting + "/delegations/LAO"));
        Locator members = fp.locator("#members tbody tr");
        assertThat(members).hasCount(2);
        assertMember(members, "Khamphao Phommasane", "Policy-level delegate", "Yes");
        assertMember(members, "Bounkham Vorachit", "Technical expert", "No");
        assertThat(fp.locator("#advice-POLICY_LEVEL_DELEGATE strong")).hasText("registered");
        assertThat(fp.locator("#advice-TECHNICAL_EXPERT strong")).hasText("registered");
        assertThat(fp.locator("#advice-VICTIM_ASSISTANCE_OR_SURVIVOR"))
            .containsText("A victim assistance expert or a survivor");
        assertThat(fp.locator("#advice-VICTIM_ASSISTANCE_OR_SURVIVOR strong")).hasText("missing");
        browser.assertAccessible(fp);

        // the secretariat approves both
        Page isu = browser.newPage("en-GB");
        signInChecked(isu, secretariat);
        isu.navigate(url("/meetings/" + meeting + "/registrations"));
        assertThat(isu.locator("#lacking")).containsText(lao);
        browser.assertAccessible(isu);
        Locator picks = isu.locator("#registrations input[type=checkbox][name=ids]");
        assertThat(picks).hasCount(2);
        picks.nth(0).check();
        picks.nth(1).check();
        isu.locator("#approve-chosen").click();
        assertThat(isu.locator("#approve-question")).containsText("Approve 2 of the 2 chosen registrations?");
        isu.locator("#approve-confirmed").click();
        assertThat(isu.locator("#approved-count")).hasText("2 registrations approved.");
        browser.assertAccessible(isu);
        assertThat(jdbc.sql("select count(*) from registration where meeting_id = :meeting and status = 'APPROVED'")
            .param("meeting", meeting)
            .query(Long.class)
            .single()).isEqualTo(2L);

        // the public list (not signed in) shows only the one who agreed
        Page pub = browser.newPage("en-GB");
        pub.navigate(url("/meetings/" + meeting + "/participants"));
        assertThat(pub.locator("#nav-sign-in")).isVisible();
        Locator laoTable = pub.locator("table.delegation[data-delegation=LAO]");
        assertThat(laoTable.locator("caption")).hasText(lao);
        assertThat(laoTable.locator("tr.member")).hasCount(1);
        assertThat(laoTable.locator("tr.member")).containsText("Khamphao Phommasane");
        assertThat(pub.locator("main")).not().containsText("Vorachit");
        assertThat(pub.locator("#headcount")).containsText("participants: 2");
        browser.assertAccessible(pub);
    }

    /** The login page is checked too, then the page the sign-in lands on. */
    private void signInChecked(Page page, CcmUser user) {
        page.navigate(url("/login"));
        browser.assertAccessible(page);
        signIn(page, user);
        browser.assertAccessible(page);
    }

    private void fillProfile(Page page, String givenNames, String familyName, String function, String email) {
        assertThat(page.locator("h1")).hasText("New member of the delegation");
        assertThat(page.locator("#delegation")).hasValue("LAO");
        browser.assertAccessible(page);
        page.locator("#givenNames").fill(givenNames);
        page.locator("#familyName").fill(familyName);
        page.locator("#jobFunction").fill(function);
        page.locator("#email").fill(email);
        page.locator("#save-profile").click();
    }

    private void assertRegistrationForm(Page page, String name) {
        assertThat(page).hasURL(Pattern.compile(".*/meetings/" + meeting + "/register\\?participant=\\d+$"));
        assertThat(page.locator("#register-person")).containsText(name);
        assertThat(page.locator("#meeting-" + meeting)).isChecked();
        Locator elsewhere = page.locator("#series-" + apmbc);
        assertThat(elsewhere).containsText("needs its own registration elsewhere");
        assertThat(elsewhere.locator("a")).hasAttribute("href", APMBC_SITE);
        assertThat(elsewhere.locator("input[type=checkbox]")).hasCount(0);
        browser.assertAccessible(page);
    }

    private static void assertMember(Locator rows, String name, String role, String publicList) {
        Locator row = rows.filter(new Locator.FilterOptions().setHasText(name));
        assertThat(row.locator("td").nth(1)).hasText(role);
        assertThat(row.locator("td").nth(2)).hasText("Submitted");
        assertThat(row.locator("td").nth(3)).hasText(publicList);
    }

}

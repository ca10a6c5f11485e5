package org.ccmdesk.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

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
 * The secretariat finds two registrations by a name typed without its accents, ticks
 * "select all", approves them after the confirmation and sees them approved; the third
 * registration of the meeting stays submitted. The test's own meeting (September 2025),
 * so that no other browser test sees its registrations.
 */
class RegistrationListBrowserTest extends BrowserTest {

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2025-06-10T09:00:00Z");

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    long meeting;

    long smith;

    @BeforeEach
    void registrations() {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql(
                """
                        insert into meeting (name, short_name, kind, registration_by_ccm_desk, first_day, last_day, city, country,
                                             time_zone, source, cancelled, shipped, created_at)
                        values ('List test meeting, September 2025', :short, 'RELATED_MEETING', true, date '2025-09-01',
                                date '2025-09-03', 'Geneva', 'Switzerland', 'Europe/Zurich', 'RegistrationListBrowserTest', false, false, :now)""")
            .param("short", "List test " + System.nanoTime())
            .param("now", NOW)
            .update(key, "id");
        meeting = key.getKey().longValue();
        register("Éloïse", "Dupré", "FRA");
        register("Marc", "Dupré", "FRA");
        smith = register("John", "Smith", "USA");
    }

    private long register(String given, String family, String iso3) {
        String email = given.toLowerCase() + "." + meeting + "." + System.nanoTime() + "@example.org";
        KeyHolder person = new GeneratedKeyHolder();
        jdbc.sql(
                """
                        insert into participant (email, given_names, family_name, badge_name, job_function, state_iso3, nationality,
                               needs_wheelchair, needs_sign_language, needs_large_print, needs_assistant, created_by, created_at, updated_at)
                        values (:email, :given, :family, :badge, 'Delegate', :iso3, :iso3, false, false, false, false, 'test', :now, :now)""")
            .param("email", email)
            .param("given", given)
            .param("family", family)
            .param("badge", given + " " + family)
            .param("iso3", iso3)
            .param("now", NOW)
            .update(person, "id");
        KeyHolder registration = new GeneratedKeyHolder();
        jdbc.sql(
                """
                        insert into registration (participant_id, meeting_id, state_iso3, delegation_role, public_consent,
                               visa_letter_requested, status, confirmed, late, submitted_by, submitted_at)
                        values (:person, :meeting, :iso3, 'POLICY_DELEGATE', true, true, 'SUBMITTED', true, false, 'test', :now)""")
            .param("person", person.getKey().longValue())
            .param("meeting", meeting)
            .param("iso3", iso3)
            .param("now", NOW)
            .update(registration, "id");
        return registration.getKey().longValue();
    }

    @Test
    void searchANameSelectAllApproveWithTheConfirmationAndSeeThemApproved() {
        CcmUser secretariat = accounts.create(Role.SECRETARIAT);
        Page isu = browser.newPage("en-GB");
        signIn(isu, secretariat);
        isu.navigate(url("/meetings/" + meeting + "/registrations"));
        assertThat(isu.locator("#registrations tbody tr")).hasCount(3);

        isu.locator("#q").fill("dupre");
        isu.locator("#apply-filter").click();
        Locator rows = isu.locator("#registrations tbody tr");
        assertThat(rows).hasCount(2);
        assertThat(rows.nth(0)).containsText("Dupré");
        assertThat(rows.nth(1)).containsText("Dupré");
        assertThat(rows.nth(0).locator(".visa")).hasText("asked, no letter yet");
        assertThat(rows.nth(0).locator(".credentials")).hasText("missing");
        assertThat(isu.locator("#found-count")).hasText("2 registrations found.");
        browser.assertAccessible(isu);

        Locator all = isu.locator("#select-all");
        assertThat(all).isVisible();
        all.check();
        assertThat(isu.locator("#registrations tbody input[name=ids]:checked")).hasCount(2);
        isu.locator("#approve-chosen").click();

        assertThat(isu.locator("#approve-question")).containsText("Approve 2 of the 2 chosen registrations?");
        assertThat(isu.locator("#approve-names li")).hasCount(2);
        browser.assertAccessible(isu);
        isu.locator("#approve-confirmed").click();

        assertThat(isu.locator("#approved-count")).hasText("2 registrations approved.");
        assertThat(isu.locator("#q")).hasValue("dupre");
        assertThat(rows).hasCount(2);
        assertThat(rows.locator(".status")).hasText(new String[] { "Approved", "Approved" });
        browser.assertAccessible(isu);
        assertThat(jdbc.sql("select status from registration where id = :id")
            .param("id", smith)
            .query(String.class)
            .single()).isEqualTo("SUBMITTED");
    }

}

package org.ccmdesk.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;

import org.ccmdesk.accounts.CcmUser;
import org.ccmdesk.accounts.Role;
import org.ccmdesk.accounts.TestAccounts;
import org.ccmdesk.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The secretariat signs in, records a deposit for a signatory state with a date and a
 * source, and the public state page shows the new status. The only browser test that
 * records a treaty fact (Indonesia's); the others assert no figure that it changes.
 */
class SecretariatBrowserTest extends BrowserTest {

    @Autowired
    TestAccounts accounts;

    @Test
    void theSecretariatRecordsADepositAndThePublicPageShowsTheNewStatus() {
        CcmUser secretariat = accounts.create(Role.SECRETARIAT);
        Page page = browser.newPage("en-GB");

        page.navigate(url("/states/IDN"));
        assertThat(page.locator("#state-status .badge")).hasText("Signatory");
        assertThat(page.locator("#event-form")).hasCount(0);

        page.locator("#nav-sign-in").click();
        browser.assertAccessible(page);
        page.locator("#email").fill(secretariat.email());
        page.locator("#password").fill("not the right password");
        page.locator("#login-form button[type=submit]").click();
        assertThat(page.locator("#login-error")).containsText("not right");
        page.locator("#email").fill(secretariat.email());
        page.locator("#password").fill(TestAccounts.PASSWORD);
        page.locator("#login-form button[type=submit]").click();
        assertThat(page.locator("h1")).hasText("Your desk");
        Cookie session = page.context()
            .cookies()
            .stream()
            .filter(c -> c.name.equals("SESSION"))
            .findFirst()
            .orElseThrow();
        assertThat(session.httpOnly).isTrue();
        assertThat(session.sameSite.name()).isEqualTo("LAX");
        browser.assertAccessible(page);

        page.navigate(url("/states/IDN"));
        page.locator("#kind").selectOption("DEPOSIT");
        page.locator("#date").fill("2025-06-02");
        page.locator("#depositKind").selectOption("RATIFICATION");
        page.locator("#source").fill("Depositary notification of 2 June 2025");
        browser.assertAccessible(page);
        page.locator("#event-form button[type=submit]").click();
        assertThat(page.locator("#notice")).hasText("The treaty fact is recorded.");
        assertThat(page.locator("#state-status .badge")).hasText("Ratified, not yet in force");
        assertThat(page.locator("#state-events tr[data-kind=DEPOSIT]"))
            .containsText("Recorded by " + secretariat.email());

        page.locator("#kind").selectOption("SIGNATURE");
        page.locator("#date").fill("2030-01-01");
        page.locator("#source").fill("x");
        page.locator("#event-form button[type=submit]").click();
        assertThat(page.locator("#form-errors")).containsText("already recorded");
        browser.assertAccessible(page);

        // a form sent without its security token: 403 and a page that says the form
        // expired
        com.microsoft.playwright.Response expired = page.waitForNavigation(() -> page.evaluate("""
                () => { const form = document.createElement('form'); form.method = 'post';
                        form.action = '/states/IDN/events'; document.body.appendChild(form); form.submit(); }"""));
        assertThat(expired.status()).isEqualTo(403);
        assertThat(page.locator("main")).containsText("This form has expired");
        browser.assertAccessible(page);

        page.navigate(url("/account"));
        page.locator("#nav-sign-out").click();
        Page visitor = browser.newPage("en-GB");
        visitor.navigate(url("/states/IDN"));
        assertThat(visitor.locator("#state-status .badge")).hasText("Ratified, not yet in force");
        assertThat(visitor.locator("#entry-into-force")).containsText("1 December 2025");
        assertThat(visitor.locator("#event-form")).hasCount(0);
    }

    @Test
    void theSecretariatsAdministrationPagesAreAccessible() {
        CcmUser secretariat = accounts.create(Role.SECRETARIAT);
        Page page = browser.newPage("fr-FR");
        page.navigate(url("/login"));
        page.locator("#email").fill(secretariat.email());
        page.locator("#password").fill(TestAccounts.PASSWORD);
        page.locator("#login-form button[type=submit]").click();
        for (String path : new String[] { "/admin/users", "/admin/users/new", "/admin/organisations/new",
                "/admin/audit", "/account/password", "/admin/meetings/new", "/admin/obligation-rules",
                "/admin/obligation-rules/new", "/admin/obligations/import" }) {
            page.navigate(url(path));
            assertThat(page.locator("html")).hasAttribute("lang", "fr");
            browser.assertAccessible(page);
        }
        page.navigate(url("/meetings?year=2014"));
        page.locator("tr[data-meeting='Intersessional 2014'] a").click();
        page.locator("#meeting-admin a").first().click();
        assertThat(page.locator("#agenda-items li")).hasCount(8);
        browser.assertAccessible(page);
        page.navigate(url("/admin/users/new"));
        page.locator("#user-form button[type=submit]").click();
        assertThat(page.locator("#form-errors")).containsText("Ce champ est obligatoire.");
        browser.assertAccessible(page);
    }

}

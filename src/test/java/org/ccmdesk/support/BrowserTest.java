package org.ccmdesk.support;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;

import org.ccmdesk.accounts.CcmUser;
import org.ccmdesk.accounts.TestAccounts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of the browser tests: one headless Chromium for the class (skipped, or failed where
 * required, when Chromium is missing), the address of the running application, and signing in.
 * Subclasses add {@code @SpringBootTest(webEnvironment = RANDOM_PORT)} with their own database.
 */
@ExtendWith(BrowserCondition.class)
public abstract class BrowserTest {

    protected static Browser browser;

    @LocalServerPort
    protected int port;

    @BeforeAll
    static void launch() {
        browser = new Browser();
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    protected void signIn(Page page, CcmUser user) {
        page.navigate(url("/login"));
        page.locator("#email").fill(user.email());
        page.locator("#password").fill(TestAccounts.PASSWORD);
        page.locator("#login-form button[type=submit]").click();
        assertThat(page.locator("#nav-sign-out")).isVisible();
    }
}

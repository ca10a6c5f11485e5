package org.ccmdesk.support;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;

import org.ccmdesk.accounts.CcmUser;
import org.ccmdesk.accounts.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the browser tests: the running application, the same one (and the same
 * in-memory database) for every browser test class, since Spring's test context cache
 * reuses a context whose configuration is identical; one headless Chromium for the whole
 * run (skipped, or failed where required, when Chromium is missing); the application's
 * address and signing in.
 * <p>
 * Because the database is shared, each test creates its own accounts (with unique
 * e-mails), its own people and, where it changes one, its own meeting or state, and
 * asserts nothing that another browser test changes. Subclasses must not add
 * configuration of their own (properties, profiles, mocked beans): that would start a
 * second application. The database is not the one of the {@link DatabaseTest}s, whose
 * counts the browser tests' changes would upset.
 */
@ExtendWith({ BrowserCondition.class, SharedBrowser.class })
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:browser;MODE=PostgreSQL;DB_CLOSE_DELAY=-1")
@ActiveProfiles("test")
public abstract class BrowserTest {

    protected static Browser browser;

    @LocalServerPort
    protected int port;

    /**
     * The shared application sends its mail to the test SMTP server (declared here, once,
     * so that every browser class keeps the same configuration and the same application).
     */
    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        MailServer.register(registry);
    }

    @BeforeAll
    static void launch(Browser shared) {
        browser = shared;
    }

    @AfterEach
    void closePages() {
        browser.closePages();
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

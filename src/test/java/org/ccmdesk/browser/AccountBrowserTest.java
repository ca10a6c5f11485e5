package org.ccmdesk.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import com.microsoft.playwright.Page;
import jakarta.mail.internet.MimeMessage;

import org.ccmdesk.accounts.CcmUser;
import org.ccmdesk.accounts.ReceivedMail;
import org.ccmdesk.accounts.Role;
import org.ccmdesk.accounts.TestAccounts;
import org.ccmdesk.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The secretariat creates a user, the user receives the link by mail, sets a password and
 * signs in; a user who forgot their password asks for a new link on the sign-in page. The
 * messages are read from the test SMTP server the shared application sends to.
 */
class AccountBrowserTest extends BrowserTest {

    private static final String NEW_PASSWORD = "Oslo-Process-February-2007";

    @Autowired
    TestAccounts accounts;

    @Test
    void theSecretariatCreatesAUserWhoReceivesTheLinkSetsAPasswordAndSignsIn() throws Exception {
        CcmUser secretariat = accounts.create(Role.SECRETARIAT);
        String email = "delegada-" + UUID.randomUUID() + "@example.org";
        Page page = browser.newPage("en-GB");
        signIn(page, secretariat);
        page.navigate(url("/admin/users/new"));
        assertThat(page.locator("#language")).hasValue("en");
        page.locator("#email").fill(email);
        page.locator("#displayName").fill("Ana García");
        page.locator("#role").selectOption("DELEGATE");
        page.locator("#language").selectOption("es");
        browser.assertAccessible(page);
        page.locator("#user-form button[type=submit]").click();
        assertThat(page.locator("#password-link-sent")).containsText("A message with the link was sent to " + email);
        assertThat(page.locator("#password-link")).hasCount(0);
        assertThat(page.locator("#user-language")).hasText("Español");
        browser.assertAccessible(page);

        MimeMessage message = ReceivedMail.awaitTo(email, 1).get(0);
        assertThat(message.getSubject()).isEqualTo("Su cuenta de CCM Desk: elija su contraseña");
        Page user = browser.newPage("es-ES");
        user.navigate(url(ReceivedMail.passwordPath(message)));
        browser.assertAccessible(user);
        user.locator("#newPassword").fill(NEW_PASSWORD);
        user.locator("#confirmation").fill(NEW_PASSWORD);
        user.locator("#reset-form button[type=submit]").click();
        assertThat(user.locator("#notice")).hasText("Su contraseña está guardada. Ya puede iniciar sesión.");
        user.locator("#email").fill(email);
        user.locator("#password").fill(NEW_PASSWORD);
        user.locator("#login-form button[type=submit]").click();
        assertThat(user.locator("h1")).hasText("Su escritorio");
        user.locator("#desk-account, a[href='/account']").first().click();
        assertThat(user.locator("h1")).hasText("Su cuenta");
        assertThat(user.locator("#account-facts")).containsText(email);
        assertThat(user.locator("#language")).hasValue("es");
        browser.assertAccessible(user);
    }

    @Test
    void aUserWhoForgotTheirPasswordGetsANewLinkFromTheSignInPage() throws Exception {
        CcmUser delegate = accounts.create(Role.DELEGATE);
        Page page = browser.newPage("en-GB");
        page.navigate(url("/login"));
        page.locator("#forgot-password").click();
        browser.assertAccessible(page);
        page.locator("#email").fill("not an address");
        page.locator("#forgot-form button[type=submit]").click();
        browser.assertAccessible(page);
        page.locator("#email").fill(delegate.email());
        page.locator("#forgot-form button[type=submit]").click();
        assertThat(page.locator("#notice")).containsText("If an account uses this address");

        MimeMessage message = ReceivedMail.awaitTo(delegate.email(), 1).get(0);
        assertThat(message.getSubject()).isEqualTo("CCM Desk: choose a new password");
        page.navigate(url(ReceivedMail.passwordPath(message)));
        page.locator("#newPassword").fill(NEW_PASSWORD);
        page.locator("#confirmation").fill(NEW_PASSWORD);
        page.locator("#reset-form button[type=submit]").click();
        page.locator("#email").fill(delegate.email());
        page.locator("#password").fill(NEW_PASSWORD);
        page.locator("#login-form button[type=submit]").click();
        assertThat(page.locator("h1")).hasText("Your desk");
    }

}

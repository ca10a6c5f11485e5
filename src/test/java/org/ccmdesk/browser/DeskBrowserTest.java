package org.ccmdesk.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;

import org.ccmdesk.accounts.CcmUser;
import org.ccmdesk.accounts.ReceivedMail;
import org.ccmdesk.accounts.Role;
import org.ccmdesk.accounts.TestAccounts;
import org.ccmdesk.support.BrowserTest;
import org.ccmdesk.support.OpenMeetings;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/**
 * The desks: Ireland's focal point lands on its desk, sees its overdue annual report (the
 * records of that rule are complete from 2025 in this test), records it from the desk's
 * link, and the item is gone; the secretariat's desk then lists the report to verify, and
 * verifying it removes it. A non-PDF upload of credentials is refused on the delegation's
 * page itself, and a file over the size limit before it is sent. A delegate creates their
 * account from the sign-in page, follows the link in the mail, chooses a password and
 * finds their registration on their desk. "Today" is 22 June 2025 by the test clock.
 */
class DeskBrowserTest extends BrowserTest {

    private static final String OVERDUE = "Overdue: Annual transparency report (Ireland), due on 30 April 2025";

    private static final String TO_VERIFY = "Verify what Ireland reported: ART7_ANNUAL_REPORT:2025";

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void whatNeedsDoingAppearsOnTheDeskAndActingOnItRemovesIt() {
        CcmUser focalPoint = accounts.create(Role.FOCAL_POINT, "IRL");
        CcmUser secretariat = accounts.create(Role.SECRETARIAT);
        jdbc.sql("update obligation_rule set records_complete_from = date '2025-01-01' where id = 'ART7_ANNUAL_REPORT'")
            .update();
        try {
            Page fp = browser.newPage("en-GB");
            signIn(fp, focalPoint);
            assertThat(fp).hasURL(url("/desk"));
            assertThat(fp.locator("h1")).hasText("Your desk");
            Locator item = fp.locator("#desk-items a").filter(new Locator.FilterOptions().setHasText(OVERDUE));
            assertThat(item).hasCount(1);
            browser.assertAccessible(fp);
            item.click();
            fp.locator("#metOn").fill("2025-06-20");
            fp.locator("#source").fill("Annual Article 7 report, received by the UN on 20 June 2025");
            fp.locator("#language").fill("English");
            fp.locator("#record-form button[type=submit]").click();
            assertThat(fp.locator("#notice")).hasText("Recorded.");
            fp.navigate(url("/desk"));
            assertThat(fp.locator("h1")).hasText("Your desk");
            assertThat(fp.locator("#desk-items a").filter(new Locator.FilterOptions().setHasText(OVERDUE))).hasCount(0);

            Page isu = browser.newPage("en-GB");
            signIn(isu, secretariat);
            assertThat(isu).hasURL(url("/desk"));
            Locator verify = isu.locator("#desk-items a").filter(new Locator.FilterOptions().setHasText(TO_VERIFY));
            assertThat(verify).hasCount(1);
            browser.assertAccessible(isu);
            verify.click();
            isu.locator("tr[data-instance='ART7_ANNUAL_REPORT:2025'] button").click();
            assertThat(isu.locator("#notice")).hasText("Verified by the secretariat");
            isu.navigate(url("/desk"));
            assertThat(isu.locator("h1")).hasText("Your desk");
            assertThat(isu.locator("#desk-items a").filter(new Locator.FilterOptions().setHasText(TO_VERIFY)))
                .hasCount(0);
        }
        finally {
            jdbc.sql("update obligation_rule set records_complete_from = null where id = 'ART7_ANNUAL_REPORT'")
                .update();
        }
    }

    @Test
    void aNonPdfCredentialsUploadIsRefusedOnTheDelegationsPage() {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql(
                """
                        insert into meeting (name, short_name, kind, registration_by_ccm_desk, first_day, last_day, city, country,
                                             time_zone, source, cancelled, shipped, created_at, registration_opens, registration_closes)
                        values ('Desk test meeting, August 2025', 'Desk August 2025', 'INTERSESSIONAL', true, :firstDay, :lastDay,
                                'Geneva', 'Switzerland', 'Europe/Zurich', 'DeskBrowserTest', false, false, :createdAt,
                                date '2025-06-01', date '2025-07-31')""")
            .param("firstDay", LocalDate.of(2025, 8, 4))
            .param("lastDay", LocalDate.of(2025, 8, 5))
            .param("createdAt", OffsetDateTime.of(2025, 6, 1, 9, 0, 0, 0, ZoneOffset.ofHours(2)))
            .update(key, "id");
        long meeting = key.getKey().longValue();
        CcmUser focalPoint = accounts.create(Role.FOCAL_POINT, "ISL");
        Page fp = browser.newPage("en-GB");
        signIn(fp, focalPoint);
        fp.navigate(url("/meetings/" + meeting + "/delegations/ISL"));
        fp.locator("#file")
            .setInputFiles(new FilePayload("credentials.pdf", "application/pdf",
                    "<html>not a PDF</html>".getBytes(StandardCharsets.UTF_8)));
        fp.locator("#credentials-form button[type=submit]").click();
        assertThat(fp.locator("h1")).hasText("Delegation of Iceland to Desk August 2025");
        assertThat(fp.locator("#file-error"))
            .hasText("This file is not a PDF document. Upload the credentials as PDF.");
        assertThat(fp.locator("#file")).hasAttribute("aria-invalid", "true");
        browser.assertAccessible(fp);

        // a file over the limit is refused on the form before it is sent
        fp.locator("#file")
            .setInputFiles(new FilePayload("scan.pdf", "application/pdf", new byte[10 * 1024 * 1024 + 1]));
        assertThat(fp.locator("#file-size-error"))
            .hasText("This file is too large: at most 10 MB. Choose a smaller file.");
        fp.locator("#credentials-form button[type=submit]").click();
        // not sent: still the delegation's page (the server would answer 413 on an error
        // page)
        assertThat(fp.locator("h1")).hasText("Delegation of Iceland to Desk August 2025");
        assertThat(fp.locator("#file-size-error")).isVisible();
        assertThat(fp.locator("#file")).hasAttribute("aria-invalid", "true");
        browser.assertAccessible(fp);
        fp.locator("#file")
            .setInputFiles(new FilePayload("credentials.pdf", "application/pdf",
                    "%PDF-1.4 small".getBytes(StandardCharsets.US_ASCII)));
        assertThat(fp.locator("#file-size-error")).hasCount(0);
    }

    @Test
    void aDelegateCreatesTheirAccountFollowsTheMailedLinkAndFindsTheirRegistrationOnTheirDesk() throws Exception {
        String suffix = java.util.UUID.randomUUID().toString().substring(0, 8);
        String email = "delegate-" + suffix + "@mfa.gov.ie";
        String meetingName = "Desk delegate meeting " + suffix;
        long meeting = OpenMeetings.create(jdbc, meetingName, LocalDate.of(2025, 9, 1), LocalDate.of(2025, 8, 15));
        // Ireland's focal point registered this person; the secretariat approved it
        KeyHolder person = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into participant (email, given_names, family_name, badge_name, job_function, state_iso3,
                                         needs_wheelchair, needs_sign_language, needs_large_print, needs_assistant,
                                         created_by, created_at, updated_at)
                values (:email, 'Aoife', 'Byrne', 'Aoife Byrne', 'First Secretary', 'IRL', false, false, false, false,
                        'focal-point@mfa.gov.ie', :now, :now)""")
            .param("email", email)
            .param("now", OffsetDateTime.of(2025, 6, 10, 9, 0, 0, 0, ZoneOffset.UTC))
            .update(person, "id");
        jdbc.sql("""
                insert into registration (participant_id, meeting_id, state_iso3, delegation_role, public_consent,
                                          visa_letter_requested, status, confirmed, late, submitted_by, submitted_at)
                values (:p, :m, 'IRL', 'POLICY_DELEGATE', true, false, 'APPROVED', true, false,
                        'focal-point@mfa.gov.ie', :now)""")
            .param("p", person.getKey().longValue())
            .param("m", meeting)
            .param("now", OffsetDateTime.of(2025, 6, 10, 9, 0, 0, 0, ZoneOffset.UTC))
            .update();

        Page page = browser.newPage("en-GB");
        page.navigate(url("/login"));
        page.locator("#sign-up").click();
        assertThat(page.locator("h1")).hasText("Create an account");
        browser.assertAccessible(page);
        page.locator("#displayName").fill("Aoife Byrne");
        page.locator("#email").fill(email);
        page.locator("#sign-up-form button[type=submit]").click();
        assertThat(page.locator("#notice")).containsText("If this address can be used");

        String link = ReceivedMail.passwordPath(ReceivedMail.awaitTo(email, 1)
            .stream()
            .filter(m -> ReceivedMail.text(m).contains("/password-reset/"))
            .findFirst()
            .orElseThrow());
        page.navigate(url(link));
        page.locator("#newPassword").fill(TestAccounts.PASSWORD);
        page.locator("#confirmation").fill(TestAccounts.PASSWORD);
        page.locator("#reset-form button[type=submit]").click();
        page.locator("#email").fill(email);
        page.locator("#password").fill(TestAccounts.PASSWORD);
        page.locator("#login-form button[type=submit]").click();

        assertThat(page).hasURL(url("/desk"));
        assertThat(page.locator("h1")).hasText("Your desk");
        Locator mine = page.locator("#desk-items li[data-kind=registration] a");
        assertThat(mine.filter(new Locator.FilterOptions().setHasText(meetingName)))
            .hasText("Your registration for " + meetingName + ": approved");
        assertThat(page.locator("#desk-items li[data-kind=badge] a")
            .filter(new Locator.FilterOptions().setHasText(meetingName))).hasCount(1);
        browser.assertAccessible(page);
        mine.filter(new Locator.FilterOptions().setHasText(meetingName)).click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/registrations/\\d+$"));
    }

}

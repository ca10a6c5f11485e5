package org.ccmdesk.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;

import org.ccmdesk.accounts.CcmUser;
import org.ccmdesk.accounts.Role;
import org.ccmdesk.accounts.TestAccounts;
import org.ccmdesk.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The secretariat prepares the invitations to the 2014 Intersessional Meeting, builds all
 * letters and follows the funnel; France's focal point acknowledges. The only browser
 * test that invites to or builds letters for that meeting.
 */
class InvitationsBrowserTest extends BrowserTest {

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theSecretariatInvitesEveryStateAndAFocalPointAcknowledges() {
        CcmUser secretariat = accounts.create(Role.SECRETARIAT);
        CcmUser france = accounts.create(Role.FOCAL_POINT, "FRA");
        long meeting = jdbc.sql("select id from meeting where short_name = 'Intersessional 2014'")
            .query(Long.class)
            .single();

        Page isu = browser.newPage("en-GB");
        signIn(isu, secretariat);
        isu.navigate(url("/meetings/" + meeting + "/invitations"));
        browser.assertAccessible(isu);
        isu.locator("#prepare-form button[type=submit]").click();
        assertThat(isu.locator("#form-errors")).isVisible();
        browser.assertAccessible(isu);
        isu.locator("#signatoryName").fill("Wylbur C. Simuusa, MP");
        isu.locator("#signatoryTitle")
            .fill("Minister of Foreign Affairs of the Republic of Zambia, "
                    + "President of the Fourth Meeting of States Parties");
        isu.locator("#letterDate").fill("2014-02-28");
        isu.locator("#prepare-form button[type=submit]").click();
        assertThat(isu.locator("#added")).hasText("197 invitations added.");
        assertThat(isu.locator("#funnel tr[data-group=TOTAL] .invited")).hasText("197");
        assertThat(isu.locator("#unanswered-list tbody tr")).hasCount(50);
        browser.assertAccessible(isu);

        isu.locator("#prepare-form button[type=submit]").click();
        assertThat(isu.locator("#form-errors")).isVisible();
        isu.locator("#signatoryName").fill("Wylbur C. Simuusa, MP");
        isu.locator("#signatoryTitle").fill("President of the Fourth Meeting of States Parties");
        isu.locator("#letterDate").fill("2014-02-28");
        isu.locator("#prepare-form button[type=submit]").click();
        assertThat(isu.locator("#added")).containsText("No invitation added");

        isu.locator("#unanswered-list tr[data-invitee=AFG] th a").click();
        assertThat(isu.locator("h1")).hasText("Invitation: Afghanistan");
        browser.assertAccessible(isu);
        isu.locator("#remindedOn").fill("2014-03-20");
        isu.locator("form[action$=reminder] button").click();
        assertThat(isu.locator("#notice")).hasText("Reminder recorded.");
        assertThat(isu.locator("#reminders")).containsText("20 March 2014");

        isu.navigate(url("/meetings/" + meeting + "/invitations"));
        isu.locator("#build-letters").click();
        assertThat(isu.locator("#progress")).containsText("of 197 letters");
        browser.assertAccessible(isu);
        // the external script refreshes the progress until the letters are ready
        assertThat(isu.locator("#progress")).hasText("197 of 197 letters",
                new LocatorAssertions.HasTextOptions().setTimeout(60_000));
        assertThat(isu.locator("#download-pdf")).isVisible();
        assertThat(isu.locator("#download-zip")).isVisible();
        browser.assertAccessible(isu);

        Page focalPoint = browser.newPage("en-GB");
        signIn(focalPoint, france);
        focalPoint.navigate(url("/my/invitations"));
        browser.assertAccessible(focalPoint);
        focalPoint.locator("#my-invitations button.acknowledge").click();
        assertThat(focalPoint.locator("#notice")).hasText("Invitation acknowledged. Thank you.");
        assertThat(focalPoint.locator("#my-invitations .status")).hasText("Acknowledged");
        browser.assertAccessible(focalPoint);

        isu.navigate(url("/meetings/" + meeting + "/invitations"));
        assertThat(isu.locator("#funnel tr[data-group=STATES_PARTIES] td").nth(2)).hasText("1");
        assertThat(isu.locator("#unanswered")).hasText("Not answered yet (196)");
    }

}

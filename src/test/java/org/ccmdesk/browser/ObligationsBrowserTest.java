package org.ccmdesk.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;

import org.ccmdesk.accounts.CcmUser;
import org.ccmdesk.accounts.Role;
import org.ccmdesk.accounts.TestAccounts;
import org.ccmdesk.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A focal point records its state's initial report; the public sees it as reported by the
 * state; the secretariat verifies it. The only browser test that records an obligation
 * (New Zealand's).
 */
class ObligationsBrowserTest extends BrowserTest {

    @Autowired
    TestAccounts accounts;

    /**
     * Before the date from which the records are complete, an unrecorded initial report
     * is "no record" with a sentence; once the secretariat sets a date before its
     * deadline, it is overdue, and the overview says which period its counts cover. The
     * date is cleared again at the end, as the other browser tests expect.
     */
    @Test
    void beforeTheCompletenessDateNoRecordAfterItOverdue() {
        CcmUser secretariat = accounts.create(Role.SECRETARIAT);
        Page visitor = browser.newPage("en-GB");
        visitor.navigate(url("/states/AUT/obligations?asOf=2014-04-07"));
        assertThat(visitor.locator("tr[data-instance=ART7_INITIAL_REPORT] .badge")).hasText("No record");
        assertThat(visitor.locator("tr[data-instance=ART7_INITIAL_REPORT]"))
            .containsText("this is not a deadline missed");
        visitor.navigate(url("/obligations?asOf=2014-04-07"));
        assertThat(visitor.locator("#overdue-counts")).hasText("Nothing is overdue on this date.");
        assertThat(visitor.locator("#overdue-period")).containsText("has not yet set");

        Page isu = browser.newPage("en-GB");
        signIn(isu, secretariat);
        try {
            isu.navigate(url("/admin/obligation-rules"));
            browser.assertAccessible(isu);
            isu.locator("#complete-ART7_INITIAL_REPORT").fill("2011-01-01");
            isu.locator("tr[data-rule=ART7_INITIAL_REPORT] button").click();
            assertThat(isu.locator("#notice")).containsText("is saved");
            assertThat(isu.locator("#complete-ART7_INITIAL_REPORT")).hasValue("2011-01-01");

            visitor.navigate(url("/states/AUT/obligations?asOf=2014-04-07"));
            assertThat(visitor.locator("tr[data-instance=ART7_INITIAL_REPORT] .badge")).hasText("Overdue");
            assertThat(visitor.locator("tr[data-instance='ART7_ANNUAL_REPORT:2011'] .badge")).hasText("No record");
            visitor.navigate(url("/obligations?asOf=2014-04-07"));
            assertThat(visitor.locator("#overdue-counts")).containsText("overdue: Initial transparency report");
            assertThat(visitor.locator("#records-coverage"))
                .containsText("Initial transparency report: deadlines from 1 January 2011");
            browser.assertAccessible(visitor);
        }
        finally {
            isu.navigate(url("/admin/obligation-rules"));
            isu.locator("#complete-ART7_INITIAL_REPORT").fill("");
            isu.locator("tr[data-rule=ART7_INITIAL_REPORT] button").click();
        }
    }

    @Test
    void aFocalPointReportsThePublicSeesItAndTheSecretariatVerifiesIt() {
        CcmUser focalPoint = accounts.create(Role.FOCAL_POINT, "NZL");
        CcmUser secretariat = accounts.create(Role.SECRETARIAT);

        Page state = browser.newPage("en-GB");
        signIn(state, focalPoint);
        state.navigate(url("/states/NZL/obligations"));
        // nothing says from when the records are complete: not called overdue
        assertThat(state.locator("tr[data-instance=ART7_INITIAL_REPORT] .badge")).hasText("No record");
        state.navigate(url("/states/NZL/obligations?asOf=2010-12-01"));
        assertThat(state.locator("tr[data-instance=ART7_INITIAL_REPORT] .badge")).hasText("Due soon");
        browser.assertAccessible(state);
        state.navigate(url("/states/NZL/obligations"));
        state.locator("tr[data-instance=ART7_INITIAL_REPORT] a.btn").click();
        browser.assertAccessible(state);
        state.locator("#metOn").fill("2011-01-25");
        state.locator("#source").fill("Initial Article 7 report, received by the UN on 25 January 2011");
        state.locator("#language").fill("English");
        state.locator("#record-form button[type=submit]").click();
        assertThat(state.locator("#notice")).hasText("Recorded.");
        assertThat(state.locator("tr[data-instance=ART7_INITIAL_REPORT] .badge")).hasText("Met");
        assertThat(state.locator("tr[data-instance=ART7_INITIAL_REPORT]")).containsText("Reported by the state");
        // a focal point of New Zealand may not verify, and cannot record for another
        // state
        assertThat(state.locator("tr[data-instance=ART7_INITIAL_REPORT] button")).hasCount(0);
        state.navigate(url("/states/AUS/obligations"));
        assertThat(state.locator("#obligations a.btn")).hasCount(0);

        Page visitor = browser.newPage("en-GB");
        visitor.navigate(url("/states/NZL/obligations"));
        assertThat(visitor.locator("tr[data-instance=ART7_INITIAL_REPORT]")).containsText("Reported by the state");
        assertThat(visitor.locator("#obligations a.btn")).hasCount(0);
        visitor.navigate(url("/obligations?asOf=2014-04-07"));
        assertThat(visitor.locator("tr[data-iso3=NZL]")).isVisible();
        browser.assertAccessible(visitor);
        visitor.navigate(url("/obligations/overdue?asOf=2014-04-07"));
        browser.assertAccessible(visitor);

        Page isu = browser.newPage("en-GB");
        signIn(isu, secretariat);
        isu.navigate(url("/states/NZL/obligations"));
        isu.locator("tr[data-instance=ART7_INITIAL_REPORT] button").click();
        assertThat(isu.locator("#notice")).hasText("Verified by the secretariat");
        visitor.navigate(url("/states/NZL/obligations"));
        assertThat(visitor.locator("tr[data-instance=ART7_INITIAL_REPORT]"))
            .containsText("Verified by the secretariat");
    }

}

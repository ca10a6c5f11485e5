package org.ccmdesk.sponsorship;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.ccmdesk.accounts.CcmUser;
import org.ccmdesk.accounts.Role;
import org.ccmdesk.accounts.TestAccounts;
import org.ccmdesk.support.BrowserTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The journey of the issue in a real browser: a focal point applies, two reviewers score,
 * the secretariat offers with too little money (refused with the shortfall), records a
 * received contribution and offers again, the delegate declines the hotel (the available
 * money goes up by its amount), and the visa letter says that the ticket and the DSA are
 * covered.
 */
class SponsorshipBrowserTest extends BrowserTest {

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Programmes programmes;

    @Autowired
    Calls calls;

    @AfterEach
    void signOut() {
        SponsorshipFixtures.signOut();
    }

    @Test
    void applyReviewOfferWithTooLittleMoneyFundOfferAgainDeclineTheHotelAndReadTheVisaLetter() throws IOException {
        CcmUser secretariat = accounts.create(Role.SECRETARIAT);
        CcmUser focalPoint = accounts.create(Role.FOCAL_POINT, "MOZ");
        CcmUser firstReviewer = accounts.create(Role.REVIEWER);
        CcmUser secondReviewer = accounts.create(Role.REVIEWER);
        CcmUser delegate = accounts.create(Role.DELEGATE);
        SponsorshipFixtures.signIn(secretariat);
        long meeting = SponsorshipFixtures.meeting(jdbc);
        int year = SponsorshipFixtures.programmeAndCall(programmes, calls, jdbc, meeting, 1);
        programmes.recordFund(year, "First donor", new BigDecimal("1000.00"), FundCurrency.CHF, BigDecimal.ONE,
                FundStatus.RECEIVED, LocalDate.of(2025, 6, 2), null);
        SponsorshipFixtures.signOut();
        long registration = SponsorshipFixtures.registration(jdbc, meeting, "MOZ", "Macuacua", delegate.email());

        // the focal point applies: a ticket, DSA for the 3 days, a hotel for 4 nights
        Page fp = browser.newPage("en-GB");
        signIn(fp, focalPoint);
        fp.navigate(url("/sponsorship/meetings/" + meeting + "/apply"));
        assertThat(fp.locator("#rates")).containsText("CHF 1,000.00");
        browser.assertAccessible(fp);
        fp.locator("#travelFrom").fill("Maputo");
        fp.locator("#motivation").fill("Delivers the statement on stockpile destruction.");
        fp.locator("#submit-application").click();
        assertThat(fp.locator("#form-errors")).containsText("The conditions must be accepted.");
        fp.locator("#conditionsAccepted1").check();
        fp.locator("#submit-application").click();
        assertThat(fp.locator("#notice")).hasText("The application is recorded.");
        assertThat(fp.locator("#eligibility")).containsText("eligible");
        assertThat(fp.locator("#eligibility")).containsText("World Bank income group \"Low income\"");
        assertThat(fp.locator("#asked")).containsText("Hotel for 4 nights: CHF 800.00");
        browser.assertAccessible(fp);
        String applicationPath = fp.url().substring(fp.url().indexOf("/sponsorship/applications/"));

        // two reviewers score it
        for (CcmUser reviewer : new CcmUser[] { firstReviewer, secondReviewer }) {
            Page rv = browser.newPage("en-GB");
            signIn(rv, reviewer);
            rv.navigate(url("/sponsorship/meetings/" + meeting));
            browser.assertAccessible(rv);
            rv.locator("#ranked a").first().click();
            rv.locator("#review-form input[type=radio][value='4']").check();
            rv.locator("#comment").fill("Strong case");
            rv.locator("#submit-review").click();
            assertThat(rv.locator("#notice")).hasText("The review is recorded.");
            assertThat(rv.locator("#review-form")).hasCount(0);
            browser.assertAccessible(rv);
        }

        // the secretariat offers with too little money: refused with the shortfall
        Page isu = browser.newPage("en-GB");
        signIn(isu, secretariat);
        isu.navigate(url("/sponsorship/meetings/" + meeting));
        assertThat(isu.locator("#ranked .reviews").first()).containsText("2 / 2");
        browser.assertAccessible(isu);
        isu.navigate(url(applicationPath));
        browser.assertAccessible(isu);
        isu.locator("#make-offer").click();
        assertThat(isu.locator("#problem-text")).containsText("Not enough money: CHF 1700.00 short");
        assertThat(isu.locator("#outcome")).hasText("waiting list");

        // a contribution received, then the offer again
        isu.navigate(url("/sponsorship/programmes/" + year));
        browser.assertAccessible(isu);
        isu.locator("#donor").fill("Second donor");
        isu.locator("#amount").fill("5000");
        isu.locator("#currency").selectOption("CHF");
        isu.locator("#rate").fill("1");
        isu.locator("#status").selectOption("RECEIVED");
        isu.locator("#date").fill("2025-06-20");
        isu.locator("#record-fund").click();
        assertThat(isu.locator("#notice")).hasText("The contribution is recorded.");
        assertThat(isu.locator("#available")).hasText("6,000.00");
        isu.navigate(url(applicationPath));
        isu.locator("#make-offer").click();
        assertThat(isu.locator("#notice")).hasText("The offer is made; its money is committed.");
        assertThat(isu.locator("#outcome")).hasText("offered");
        isu.navigate(url("/sponsorship/programmes/" + year));
        assertThat(isu.locator("#available")).hasText("3,300.00");

        // the delegate accepts the ticket and the DSA and declines the hotel
        Page dl = browser.newPage("en-GB");
        signIn(dl, delegate);
        dl.navigate(url("/my/sponsorship"));
        browser.assertAccessible(dl);
        dl.locator("#my-applications a").first().click();
        dl.locator(".offer tr[data-item=TRAVEL] button.accept").click();
        assertThat(dl.locator("#notice")).hasText("The item is accepted.");
        dl.locator(".offer tr[data-item=DSA] button.accept").click();
        dl.locator(".offer tr[data-item=HOTEL] .decline-reason").fill("Staying with the mission");
        dl.locator(".offer tr[data-item=HOTEL] button.decline").click();
        assertThat(dl.locator("#notice")).hasText("The item is declined; its money is available again.");
        assertThat(dl.locator(".offer tr[data-item=HOTEL] .item-status")).containsText("declined");
        browser.assertAccessible(dl);

        isu.navigate(url("/sponsorship/programmes/" + year));
        assertThat(isu.locator("#available")).hasText("4,100.00");

        // the visa letter says what the programme covers
        APIResponse letter = dl.request().get(url("/registrations/" + registration + "/visa-letter.pdf"));
        org.assertj.core.api.Assertions.assertThat(letter.status()).isEqualTo(200);
        String text;
        try (PDDocument document = Loader.loadPDF(letter.body())) {
            text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        org.assertj.core.api.Assertions.assertThat(text)
            .contains("covers the participant's costs as follows: an economy-class air ticket and a daily subsistence"
                    + " allowance")
            .doesNotContain("hotel accommodation");
    }

}

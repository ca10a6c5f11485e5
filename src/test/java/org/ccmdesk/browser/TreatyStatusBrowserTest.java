package org.ccmdesk.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;

import org.ccmdesk.states.TreatyStatusService;
import org.ccmdesk.states.TreatySummary;
import org.ccmdesk.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What a visitor does: opens the home page (today is 22 June 2025 by the test clock),
 * picks 7 April 2014, sees the figures and the states table change, and every page passes
 * axe-core. Another browser test records a deposit in June 2025, so today's figures are
 * read from the application (the API test checks their shipped values); those of 2014 are
 * fixed.
 */
class TreatyStatusBrowserTest extends BrowserTest {

    @Autowired
    TreatyStatusService treatyStatus;

    @Test
    void choosingADateRecomputesTheFiguresAndTheStatesTable() {
        Page page = browser.newPage("en-GB");
        List<String> consoleErrors = new ArrayList<>();
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type())) {
                consoleErrors.add(message.text());
            }
        });

        TreatySummary today = treatyStatus.summary(treatyStatus.today());
        page.navigate(url("/"));
        assertThat(page.locator("#asOf")).hasValue("2025-06-22");
        assertThat(page.locator("#figure-states-parties")).hasText(String.valueOf(today.statesParties()));
        assertThat(page.locator("#figure-signatories")).hasText(String.valueOf(today.signatories()));
        browser.assertAccessible(page);

        page.locator("#asOf").fill("2014-04-07");
        page.locator("#as-of-form button[type=submit]").click();
        page.waitForURL(Pattern.compile(".*asOf=2014-04-07.*"));
        assertThat(page.locator("#figure-states-parties")).hasText("84");
        assertThat(page.locator("#figure-in-force")).containsText("84");
        assertThat(page.locator("#figure-signatories")).hasText("29");
        assertThat(page.locator("#figure-joined")).hasText("113");
        assertThat(page.locator("#status-table tr[data-status=SIGNATORY] td")).hasText("29");
        // the chart and the map are drawn from the API with the chosen date
        assertThat(page.locator("#timeline-chart")).hasAttribute("data-rendered", "true");
        assertThat(page.locator("#status-map")).hasAttribute("data-rendered", "true");
        assertThat(page.locator("#status-map svg")).hasCount(1);
        browser.assertAccessible(page);
        assertThat(consoleErrors).as("console errors (CSP violations, failed requests)").isEmpty();

        page.getByText("See every state and its status").click();
        page.waitForURL(Pattern.compile(".*/states\\?asOf=2014-04-07.*"));
        assertThat(page.locator("#row-count")).hasText("Showing 1 to 50 of 197 states");
        assertThat(page.locator("tr[data-iso3=BEN] .badge")).hasText("Signatory");
        assertThat(page.locator("#asOf")).hasValue("2014-04-07");
        browser.assertAccessible(page);

        page.locator("#status").selectOption("SIGNATORY");
        page.locator("#states-filter button[type=submit]").click();
        assertThat(page.locator("#row-count")).hasText("Showing 1 to 29 of 29 states");

        page.locator("#asOf").fill("2025-06-22");
        page.locator("#states-filter button[type=submit]").click();
        int signatories = today.signatories();
        assertThat(page.locator("#row-count"))
            .hasText("Showing 1 to " + signatories + " of " + signatories + " states");
        assertThat(page.locator("tr[data-iso3=BEN]")).hasCount(0);
    }

    @Test
    void statePageShowsDatesAndSourcesInTheChosenLanguage() {
        Page page = browser.newPage("fr-FR");
        page.navigate(url("/states?asOf=2014-04-07&q=afgh"));
        assertThat(page.locator("html")).hasAttribute("lang", "fr");
        page.locator("tr[data-iso3=AFG] a").click();
        assertThat(page.locator("h1")).hasText("Afghanistan");
        assertThat(page.locator("#state-status .badge")).hasText("En vigueur");
        assertThat(page.locator("#entry-into-force")).containsText("1 mars 2012");
        assertThat(page.locator("#state-sources a").first()).hasAttribute("href", Pattern.compile("^https?://"));
        browser.assertAccessible(page);

        page.getByText("English").click();
        assertThat(page.locator("#state-status .badge")).hasText("In force");
        assertThat(page.url()).contains("asOf=2014-04-07");
        browser.assertAccessible(page);
    }

    @Test
    void theCalendarOfMeetingsAndOneMeeting() {
        Page page = browser.newPage("es-ES");
        page.navigate(url("/meetings?year=2014"));
        assertThat(page.locator("html")).hasAttribute("lang", "es");
        browser.assertAccessible(page);
        page.locator("tr[data-meeting='Intersessional 2014'] a").click();
        assertThat(page.locator("#meeting-dates")).containsText("7 de abril de 2014");
        assertThat(page.locator("#related li")).hasCount(3);
        browser.assertAccessible(page);
    }

}

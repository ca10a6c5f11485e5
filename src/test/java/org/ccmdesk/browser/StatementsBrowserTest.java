package org.ccmdesk.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;

import org.ccmdesk.accounts.CcmUser;
import org.ccmdesk.accounts.Role;
import org.ccmdesk.accounts.TestAccounts;
import org.ccmdesk.support.BrowserTest;
import org.ccmdesk.system.GeneratedId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The speakers' list at a meeting of its own (the 2014 Intersessional's dates): Norway's
 * focal point uploads a statement condemning the use in Syria and inscribes Norway,
 * Chile's inscribes Chile; the secretariat opens the console and gives the floor with the
 * key N; the room view, in a second page, shows Norway with the countdown and Chile next,
 * and follows the console (within two seconds) when Norway has spoken and Chile has the
 * floor; the secretariat publishes Norway's statement, which shows in the condemnation
 * table of the use in Syria and on Norway's page.
 */
class StatementsBrowserTest extends BrowserTest {

    private static final LocatorAssertions.HasTextOptions WITHIN_TWO_SECONDS = new LocatorAssertions.HasTextOptions()
        .setTimeout(2000);

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void twoStatesInscribeTheRoomFollowsTheConsoleAndACondemnationIsPublished() {
        long meeting = GeneratedId.insert(jdbc
            .sql("""
                    insert into meeting (name, short_name, kind, registration_by_ccm_desk, first_day, last_day, time_zone, source,
                           cancelled, shipped, created_at)
                    values ('Browser speakers meeting', 'Speakers 2014', 'INTERSESSIONAL', true, '2014-04-07', '2014-04-09',
                            'Europe/Zurich', 'test', false, false, current_timestamp)"""));
        long item = GeneratedId.insert(jdbc
            .sql("""
                    insert into agenda_item (meeting_id, position, title, theme) values (:m, 1, 'Universalization', 'UNIVERSALISATION')""")
            .param("m", meeting));
        CcmUser norway = accounts.create(Role.FOCAL_POINT, "NOR");
        CcmUser chile = accounts.create(Role.FOCAL_POINT, "CHL");
        CcmUser secretariat = accounts.create(Role.SECRETARIAT);
        String speakers = "/meetings/" + meeting + "/speakers?item=" + item;

        Page nor = browser.newPage("en-GB");
        signIn(nor, norway);
        nor.navigate(url("/meetings/" + meeting + "/statements/new?item=" + item));
        nor.locator("#category").selectOption("CONDEMNATION_OF_USE");
        nor.locator("#title").fill("Norway condemns the use in Syria");
        nor.locator("#body").fill("Norway condemns the use of cluster munitions in Syria.");
        // "Syria" now, the UN name "Syrian Arab Republic" once the states module gives UN
        // names
        nor.getByLabel(java.util.regex.Pattern.compile("^Syria")).check();
        browser.assertAccessible(nor);
        nor.locator("#statement-form button[type=submit]").click();
        assertThat(nor.locator("#notice")).containsText("stays private");
        String statementUrl = nor.url();
        nor.navigate(url(speakers));
        nor.locator("#speaker").fill("H.E. Ambassador of Norway");
        browser.assertAccessible(nor);
        nor.locator("#inscribe-form button[type=submit]").click();
        assertThat(nor.locator("#notice")).hasText("The delegation is inscribed.");

        Page chl = browser.newPage("en-GB");
        signIn(chl, chile);
        chl.navigate(url(speakers));
        chl.locator("#speaker").fill("H.E. Ambassador of Chile");
        chl.locator("#inscribe-form button[type=submit]").click();
        assertThat(chl.locator("#speakers tbody tr")).hasCount(2);
        assertThat(chl.locator("#speakers tbody tr").nth(1)).containsText("Chile");

        Page room = browser.newPage("en-GB");
        room.navigate(url("/meetings/" + meeting + "/room?item=" + item));
        assertThat(room.locator("#nobody")).hasText("Nobody is speaking.");
        browser.assertAccessible(room);

        Page console = browser.newPage("en-GB");
        signIn(console, secretariat);
        console.navigate(url("/meetings/" + meeting + "/console?item=" + item));
        browser.assertAccessible(console);
        console.keyboard().press("n");
        assertThat(console.locator("#console-current")).hasText("Norway");

        assertThat(room.locator("#current-party")).hasText("Norway", WITHIN_TWO_SECONDS);
        assertThat(room.locator("#countdown")).hasText("5:00");
        assertThat(room.locator("#next li").first()).containsText("Chile");
        browser.assertAccessible(room);

        console.locator("#stop").click();
        assertThat(room.locator("#nobody")).hasText("Nobody is speaking.", WITHIN_TWO_SECONDS);
        // the console has come back from "stop" before the chair presses N again
        assertThat(console.locator("#console-current")).hasCount(0);
        console.keyboard().press("n");
        assertThat(console.locator("#console-current")).hasText("Chile");
        assertThat(room.locator("#current-party")).hasText("Chile", WITHIN_TWO_SECONDS);
        assertThat(console.locator("#time-used")).containsText("Norway");

        console.navigate(statementUrl);
        assertThat(console.locator("#delivered")).not().hasText("not yet");
        console.locator("#publish").click();
        assertThat(console.locator("#notice")).hasText("The statement is published.");

        Page visitor = browser.newPage("en-GB");
        visitor.navigate(url("/uses"));
        visitor.locator("#uses tr[data-country=SYR] td:first-child a").click();
        assertThat(visitor.locator("h1")).containsText("Syria");
        assertThat(visitor.locator("#condemned tr[data-iso3=NOR]")).containsText("Norway");
        assertThat(visitor.locator("#silent li[data-iso3=NOR]")).hasCount(0);
        browser.assertAccessible(visitor);
        visitor.navigate(url("/states/NOR"));
        assertThat(visitor.locator("[data-notes='statements.notes.condemned']")).containsText("the use in Syria");
        browser.assertAccessible(visitor);
        visitor.navigate(url(speakers));
        assertThat(visitor.locator("#said")).containsText("Norway condemns the use in Syria");
    }

}

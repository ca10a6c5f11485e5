package org.ccmdesk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;

import org.ccmdesk.accounts.CcmUser;
import org.ccmdesk.accounts.Role;
import org.ccmdesk.accounts.TestAccounts;
import org.ccmdesk.support.BrowserTest;
import org.ccmdesk.support.HtmlValidator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every page at 390, 768, 1366 and 1920 px, in English, French and Spanish, as a visitor
 * and as the secretariat: none may scroll sideways
 * ({@code document.documentElement.scrollWidth > innerWidth}); wide tables scroll inside
 * their own region instead. One page per audience and language, loaded once per route and
 * resized to each width (the check waits two animation frames for the resize handlers,
 * never a fixed time). The English HTML (as served, before scripts change the page) of
 * every page is saved under {@code target/pages-html/<audience>/} and checked by the W3C
 * Nu HTML validator ({@link HtmlValidator}), and the English page is screenshotted at
 * each width under {@code target/screen-widths/<audience>/}. On the home page, every
 * label of the chart and the map must lie inside its chart at each width.
 */
class ScreenWidthsBrowserTest extends BrowserTest {

    static final int[] WIDTHS = { 390, 768, 1366, 1920 };

    static final List<String> LANGUAGES = List.of("en", "fr", "es");

    static final Path SAVED = Path.of("target", "pages-html");

    /**
     * A screenshot of every page in English at every width (JPEG, the visible part), to
     * look at: {@code target/screen-widths/<audience>/<page>-<width>.jpg}.
     */
    static final Path SHOTS = Path.of("target", "screen-widths");

    /**
     * Every label of the home page's chart and map (SVG text) lies inside its chart: the
     * map's legend was cut ("Withdr") and the chart's date label clipped at some widths.
     */
    static final String CLIPPED_CHART_LABELS = """
            () => ['timeline-chart', 'status-map'].flatMap(id => {
              const chart = document.getElementById(id);
              if (!chart) { return []; }
              const box = chart.getBoundingClientRect();
              return [...chart.querySelectorAll('svg text')]
                .filter(t => { const r = t.getBoundingClientRect();
                  return r.width > 0 && (r.left < box.left - 0.5 || r.right > box.right + 0.5
                    || r.top < box.top - 0.5 || r.bottom > box.bottom + 0.5); })
                .map(t => id + ' "' + t.textContent + '"');
            })""";

    @Autowired
    TestAccounts accounts;

    @Test
    void everyPublicPageFitsEveryWidthInEveryLanguage() {
        List<String> overflows = new ArrayList<>();
        for (String language : LANGUAGES) {
            Page page = browser.newPage(language);
            List<Long> meetings = meetingIds(page);
            for (String path : publicPaths(meetings)) {
                visit(page, "public", language, path, overflows);
            }
        }
        assertThat(overflows).as("pages wider than the screen").isEmpty();
        HtmlValidator.assertValid(SAVED.resolve("public"));
    }

    @Test
    void everySecretariatPageFitsEveryWidthInEveryLanguage() {
        CcmUser secretariat = accounts.create(Role.SECRETARIAT);
        List<String> overflows = new ArrayList<>();
        for (String language : LANGUAGES) {
            Page page = browser.newPage(language);
            signIn(page, secretariat);
            List<Long> meetings = meetingIds(page);
            List<String> paths = new ArrayList<>(publicPaths(meetings));
            paths.remove("/login");
            paths.remove("/sign-up");
            paths.addAll(List.of("/desk", "/account", "/admin/users", "/admin/audit", "/admin/mail",
                    "/admin/organisations", "/admin/mission-contacts", "/admin/obligation-rules",
                    "/admin/announcements", "/admin/missions/import", "/sponsorship", "/my/registrations"));
            // every meeting's own page is in publicPaths; its working pages for the first
            // and
            // the last meeting (the same templates for all)
            for (long id : List.of(meetings.get(0), meetings.get(meetings.size() - 1))) {
                for (String part : List.of("invitations", "registrations", "delegations", "participants", "speakers",
                        "statements")) {
                    paths.add("/meetings/" + id + "/" + part);
                }
            }
            for (String path : paths) {
                visit(page, "secretariat", language, path, overflows);
            }
        }
        assertThat(overflows).as("pages wider than the screen").isEmpty();
        HtmlValidator.assertValid(SAVED.resolve("secretariat"));
    }

    private static List<String> publicPaths(List<Long> meetings) {
        List<String> paths = new ArrayList<>(List.of("/", "/?asOf=2014-04-07", "/states", "/states?size=200",
                "/states/FRA", "/states/LAO", "/states/FRA/obligations", "/states/LAO/obligations?asOf=2014-04-07",
                "/obligations", "/obligations?asOf=2014-04-07", "/obligations/overdue", "/meetings", "/statements",
                "/uses", "/sponsorship/public", "/login", "/sign-up"));
        meetings.forEach(id -> paths.add("/meetings/" + id));
        return paths;
    }

    /** The ids of the shipped meetings, from the public API. */
    private List<Long> meetingIds(Page page) {
        String json = page.request().get(url("/api/meetings")).text();
        List<Long> ids = new ArrayList<>();
        Matcher m = Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(json);
        while (m.find()) {
            ids.add(Long.parseLong(m.group(1)));
        }
        assertThat(ids).as("shipped meetings").isNotEmpty();
        return ids;
    }

    private void visit(Page page, String audience, String language, String path, List<String> overflows) {
        page.setViewportSize(WIDTHS[WIDTHS.length - 1], 900);
        String separator = path.contains("?") ? "&" : "?";
        Response response = page.navigate(url(path + separator + "lang=" + language));
        assertThat(response.status()).as(audience + " " + path).isEqualTo(200);
        if (language.equals("en")) {
            save(audience, path, response.text());
        }
        // the home page: its chart and map are drawn (from the API) before the widths are
        // tried, and their labels are checked at each width
        boolean charts = page.locator("#status-map").count() > 0;
        if (charts) {
            assertThat(page.waitForSelector("#timeline-chart[data-rendered=true]")).isNotNull();
            assertThat(page.waitForSelector("#status-map[data-rendered=true]")).isNotNull();
        }
        for (int width : WIDTHS) {
            page.setViewportSize(width, 900);
            // the page's own resize handlers (the chart and the map redraw) run before
            // the next
            // frames: wait for two, not for a time
            page.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))");
            if (language.equals("en")) {
                page.screenshot(new Page.ScreenshotOptions()
                    .setPath(SHOTS.resolve(audience).resolve(fileName(path, "-" + width + ".jpg")))
                    .setType(com.microsoft.playwright.options.ScreenshotType.JPEG)
                    .setQuality(60));
            }
            Object extra = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
            int overflow = ((Number) extra).intValue();
            if (overflow > 0) {
                overflows
                    .add(audience + " " + language + " " + width + " px " + path + ": " + overflow + " px too wide");
            }
            if (charts) {
                for (Object label : (List<?>) page.evaluate(CLIPPED_CHART_LABELS)) {
                    overflows.add(audience + " " + language + " " + width + " px " + path + ": " + label + " clipped");
                }
            }
        }
    }

    private static String fileName(String path, String suffix) {
        return path.replaceAll("[^A-Za-z0-9]+", "_") + suffix;
    }

    private static void save(String audience, String path, String html) {
        String name = fileName(path, ".html");
        try {
            Files.createDirectories(SAVED.resolve(audience));
            Files.writeString(SAVED.resolve(audience).resolve(name), html, StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new IllegalStateException("cannot save " + name, e);
        }
    }

}

package org.ccmdesk.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * A real headless Chromium (Debian's, never a downloaded one) driven by Playwright, with
 * the axe-core accessibility check that every browser test runs on each page it visits.
 */
public final class Browser implements AutoCloseable {

    private static final List<String> ARGS = List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run");

    private static final String AXE_RUN = """
            async () => {
              const result = await axe.run(document, {
                runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] }
              });
              return JSON.stringify(result.violations
                .filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => ({ id: v.id, impact: v.impact, help: v.help,
                             nodes: v.nodes.slice(0, 5).map(n => n.target.join(' ')) })));
            }
            """;

    private final Playwright playwright;

    private final com.microsoft.playwright.Browser chromium;

    private final String axeSource;

    private final List<BrowserContext> open = new ArrayList<>();

    public Browser() {
        playwright = Playwright
            .create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        chromium = playwright.chromium()
            .launch(new BrowserType.LaunchOptions().setExecutablePath(BrowserCondition.CHROMIUM)
                .setHeadless(true)
                .setArgs(ARGS));
        axeSource = read("/vendor/axe-core/axe.min.js");
    }

    /**
     * A new page in a fresh context. The context bypasses CSP only so that axe-core can
     * be injected.
     */
    public Page newPage(String language) {
        BrowserContext context = chromium
            .newContext(new com.microsoft.playwright.Browser.NewContextOptions().setBypassCSP(true)
                .setLocale(language)
                .setViewportSize(1280, 900));
        open.add(context);
        return context.newPage();
    }

    /**
     * Closes the pages opened since the last call: the browser is shared by every test of
     * the run.
     */
    public void closePages() {
        open.forEach(BrowserContext::close);
        open.clear();
    }

    /**
     * Runs axe-core on the page and fails on any serious or critical finding, listing
     * them.
     */
    public void assertAccessible(Page page) {
        // the page at rest: no pointer over a button and no colour transition half-way
        // (axe would measure the contrast of a colour between two states)
        page.mouse().move(0, 0);
        page.addStyleTag(new Page.AddStyleTagOptions()
            .setContent("*, *::before, *::after { transition: none !important; animation: none !important; }"));
        page.addScriptTag(new Page.AddScriptTagOptions().setContent(axeSource));
        String violations = (String) page.evaluate(AXE_RUN);
        assertThat(violations).as("serious or critical accessibility findings on %s", page.url()).isEqualTo("[]");
    }

    @Override
    public void close() {
        closePages();
        chromium.close();
        playwright.close();
    }

    private static String read(String resource) {
        try (InputStream in = Browser.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}

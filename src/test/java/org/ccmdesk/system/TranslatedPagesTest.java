package org.ccmdesk.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.ccmdesk.accounts.CcmUser;
import org.ccmdesk.accounts.Role;
import org.ccmdesk.accounts.TestAccounts;
import org.ccmdesk.support.DatabaseTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Walks every page of the application (every GET route that answers HTML, path variables
 * filled with a state, the 2014 Intersessional Meeting and its first records) in French
 * and in Spanish, as the secretariat (who sees the most), and fails on English where a
 * translation exists: the English text of any message that has its own French or Spanish
 * text, and English data that has a translation (meeting names and places, state names,
 * regions, income groups). Text marked {@code lang="en"} (sources quoted as written,
 * English-only data) is left out, as a reader would expect it in English.
 */
@DatabaseTest
class TranslatedPagesTest {

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    @org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @ParameterizedTest
    @ValueSource(strings = { "fr", "es" })
    void noEnglishWhereATranslationExists(String language) throws Exception {
        CcmUser secretariat = accounts.create(Role.SECRETARIAT);
        Set<String> english = englishWithATranslation(language);
        List<String> walked = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (String path : pages()) {
            MockHttpServletResponse response = mvc
                .perform(get(path).param("lang", language).with(TestAccounts.as(secretariat)))
                .andReturn()
                .getResponse();
            String type = response.getContentType();
            if (response.getStatus() != 200 || type == null || !type.startsWith("text/html")) {
                continue;
            }
            walked.add(path);
            String text = visibleText(response.getContentAsString(StandardCharsets.UTF_8));
            for (String phrase : english) {
                if (text.contains(phrase)) {
                    problems.add(path + " (" + language + "): \"" + phrase + "\"");
                }
            }
        }
        assertThat(walked).as("pages walked").hasSizeGreaterThan(25);
        assertThat(problems).as("English text on %s pages", language).isEmpty();
    }

    /** Every GET route, path variables filled with records that exist. */
    private Set<String> pages() {
        long meeting = jdbc.sql("select id from meeting where short_name = 'Intersessional 2014'")
            .query(Long.class)
            .single();
        Map<String, String> values = Map.of("iso3", "LAO", "id", String.valueOf(meeting), "delegation", "FRA", "kind",
                "DEPOSIT");
        Set<String> pages = new TreeSet<>();
        for (Map.Entry<RequestMappingInfo, ?> entry : mappings.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = entry.getKey();
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
                continue;
            }
            for (String pattern : info.getPatternValues()) {
                // /admin/mail shows the stored messages as they were sent, each in its
                // recipient's language
                if (pattern.startsWith("/api") || pattern.contains("*") || pattern.startsWith("/error")
                        || pattern.startsWith("/admin/mail")) {
                    continue;
                }
                String path = VARIABLE.matcher(pattern).replaceAll(m -> values.getOrDefault(m.group(1), "1"));
                pages.add(path);
            }
        }
        pages.add("/states/SWZ?asOf=2014-04-07");
        pages.add("/states?asOf=2014-04-07");
        return pages;
    }

    /**
     * The English text of every message that has a different text in {@code language}
     * (its longest literal run between arguments, when long enough to mean something),
     * and English data with a translation.
     */
    private Set<String> englishWithATranslation(String language) throws IOException {
        Set<String> phrases = new LinkedHashSet<>();
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        for (Resource file : resolver.getResources("classpath*:messages/*.properties")) {
            String name = file.getFilename();
            if (name == null || name.matches(".+_[a-z]{2}\\.properties") || name.startsWith("mail-")) {
                continue;
            }
            Properties en = load(file);
            Properties translated = load(resolver
                .getResource("classpath:messages/" + name.replace(".properties", "_" + language + ".properties")));
            for (String key : en.stringPropertyNames()) {
                String other = translated.getProperty(key);
                if (other != null && !other.equals(en.getProperty(key))) {
                    phrase(en.getProperty(key)).filter(p -> !other.contains(p)).ifPresent(phrases::add);
                }
            }
        }
        phrases.addAll(jdbc.sql("""
                select m.name from meeting m join meeting_text t on t.meeting_id = m.id
                 where t.language = :language and t.name is not null and t.name <> m.name""")
            .param("language", language)
            .query(String.class)
            .list());
        phrases.addAll(jdbc.sql("""
                select m.venue from meeting m join meeting_text t on t.meeting_id = m.id
                 where t.language = :language and t.venue is not null and t.venue <> m.venue""")
            .param("language", language)
            .query(String.class)
            .list());
        phrases.addAll(jdbc.sql("""
                select en.name from state_name en join state_name other
                    on other.state_iso3 = en.state_iso3 and other.language = :language and other.valid_until is null
                 where en.language = 'en' and en.valid_until is null and en.name <> other.name
                   and length(en.name) >= 12""").param("language", language).query(String.class).list());
        phrases.addAll(List.of("Sub-Saharan Africa", "Lower middle income", "Upper middle income", "South-eastern Asia",
                "Latin America and the Caribbean", "Western European and Others Group"));
        return phrases;
    }

    private static java.util.Optional<String> phrase(String message) {
        String longest = "";
        for (String part : message.replace("''", "'").split("\\{\\d+[^}]*}")) {
            String trimmed = part.trim();
            if (trimmed.length() > longest.length()) {
                longest = trimmed;
            }
        }
        boolean meaningful = longest.length() >= 14 && longest.split("\\s+").length >= 3;
        return meaningful ? java.util.Optional.of(longest) : java.util.Optional.empty();
    }

    private static Properties load(Resource file) throws IOException {
        Properties properties = new Properties();
        if (file.exists()) {
            try (InputStream in = file.getInputStream()) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        }
        return properties;
    }

    /**
     * What a reader sees: no scripts or styles, nothing marked {@code lang="en"}, no tags
     * or attributes, entities decoded, spaces collapsed.
     */
    static String visibleText(String html) {
        String text = html.replaceAll("(?is)<(script|style)\\b.*?</\\1>", " ");
        Pattern english = Pattern.compile("(?is)<(\\w+)\\b[^>]*\\blang=\"en\"[^>]*>(?:(?!<\\1\\b).)*?</\\1>");
        String previous;
        do {
            previous = text;
            text = english.matcher(text).replaceAll(" ");
        }
        while (!text.equals(previous));
        text = text.replaceAll("(?s)<!--.*?-->", " ").replaceAll("(?s)<[^>]+>", " ");
        text = text.replace("&nbsp;", " ")
            .replace("&#39;", "'")
            .replace("&quot;", "\"")
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&amp;", "&");
        return text.replaceAll("[\\s\\u00A0]+", " ");
    }

}

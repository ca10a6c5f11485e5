package org.ccmdesk.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import org.ccmdesk.support.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** The application's message source finds every module's bundle, in every language. */
@DatabaseTest
class MessagesConfigurationTest {

    private static final Locale SPANISH = Locale.forLanguageTag("es");

    @Autowired
    MessageSource messages;

    @Test
    void aMessageKeptOnceResolvedIsTheSameEveryTimeWithFrenchTypographyAndUnknownKeysStayUnknown() {
        String first = messages.getMessage("states.pageSize", null, Locale.FRENCH);
        assertThat(messages.getMessage("states.pageSize", null, Locale.FRENCH)).isEqualTo(first).contains("\u00A0:");
        assertThat(messages.getMessage("states.pageSize", null, Locale.ENGLISH)).isEqualTo("Rows per page:");
        // with arguments, formatted each time with these arguments
        assertThat(messages.getMessage("states.count", new Object[] { 1, 25, 197 }, Locale.ENGLISH)).contains("197");
        assertThat(messages.getMessage("states.count", new Object[] { 1, 25, 120 }, Locale.ENGLISH)).contains("120");
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> messages.getMessage("no.such.key", null, Locale.FRENCH))
                .isInstanceOf(NoSuchMessageException.class);
            assertThat(messages.getMessage("no.such.key", null, "default", Locale.FRENCH)).isEqualTo("default");
        }
    }

    @Test
    void resolvesAKeyOfEveryBundleInFrenchAndSpanish() throws IOException {
        var basenames = MessagesConfiguration
            .basenames(List.of(new PathMatchingResourcePatternResolver().getResources(MessagesConfiguration.BUNDLES)));
        assertThat(basenames).hasSizeGreaterThanOrEqualTo(8);
        for (String basename : basenames) {
            Properties english = load(basename, "");
            Properties french = load(basename, "_fr");
            Properties spanish = load(basename, "_es");
            // A key whose three texts differ, so that an English answer cannot pass for a
            // translation.
            String key = english.stringPropertyNames()
                .stream()
                .sorted()
                .filter(k -> !english.getProperty(k).equals(french.getProperty(k)))
                .filter(k -> !english.getProperty(k).equals(spanish.getProperty(k)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no translated key in " + basename));
            assertThat(messages.getMessage(key, null, Locale.ENGLISH)).as("%s en", key)
                .isEqualTo(english.getProperty(key));
            // French messages come with French typography (a non-breaking space before :
            // ; ? !)
            assertThat(messages.getMessage(key, null, Locale.FRENCH)).as("%s fr", key)
                .isEqualTo(FrenchTypography.apply(french.getProperty(key)));
            assertThat(messages.getMessage(key, null, SPANISH)).as("%s es", key).isEqualTo(spanish.getProperty(key));
        }
    }

    @Test
    void keepsBootsBehaviourForOtherLanguagesArgumentsAndUnknownKeys() {
        // English file for a language without one, not the machine's language.
        assertThat(messages.getMessage("nav.home", null, Locale.GERMAN)).isEqualTo("Home");
        assertThat(messages.getMessage("states.count", new Object[] { 1, 50, 197 }, Locale.FRENCH))
            .isEqualTo("États 1 à 50 sur 197");
        assertThatThrownBy(() -> messages.getMessage("no.such.key", null, Locale.ENGLISH))
            .isInstanceOf(NoSuchMessageException.class);
    }

    @Test
    void aLanguageFileIsNoBasename() {
        List<Resource> files = List.of(named("states.properties"), named("states_fr.properties"),
                named("states_es.properties"), named("system_pt_BR.properties"), named("meetings.properties"),
                named("notes.txt"));
        assertThat(MessagesConfiguration.basenames(files)).containsExactly("messages.meetings", "messages.states");
    }

    private static Resource named(String filename) {
        return new ByteArrayResource(new byte[0]) {
            @Override
            public String getFilename() {
                return filename;
            }
        };
    }

    private static Properties load(String basename, String suffix) throws IOException {
        Properties properties = new Properties();
        String path = basename.replace('.', '/') + suffix + ".properties";
        try (Reader reader = new InputStreamReader(new ClassPathResource(path).getInputStream(),
                StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

}

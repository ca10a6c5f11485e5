package org.ccmdesk.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.ccmdesk.states.DepositKind;
import org.ccmdesk.states.TreatyStatus;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** Every visible string exists in every language, and every key a page uses exists. */
class MessagesTest {

    private static final List<String> LANGUAGES = List.of("", "_fr", "_es");

    @Test
    void everyLanguageHasTheSameKeys() throws IOException {
        Set<String> english = load("").stringPropertyNames();
        for (String language : LANGUAGES) {
            Properties messages = load(language);
            Set<String> keys = messages.stringPropertyNames();
            assertThat(new TreeSet<>(keys)).as("keys of messages%s.properties", language).isEqualTo(new TreeSet<>(english));
            for (String key : keys) {
                assertThat(messages.getProperty(key)).as("messages%s %s", language, key).isNotBlank();
            }
        }
    }

    @Test
    void everyKeyUsedByATemplateExists() throws IOException {
        Set<String> keys = load("").stringPropertyNames();
        Pattern literal = Pattern.compile("#\\{([A-Za-z][A-Za-z0-9_.]*)[}(]");
        Set<String> used = new HashSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                Matcher matcher = literal.matcher(Files.readString(file));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(keys).containsAll(used);
    }

    @Test
    void everyComputedKeyExists() throws IOException {
        Set<String> keys = load("").stringPropertyNames();
        for (TreatyStatus status : TreatyStatus.values()) {
            assertThat(keys).contains(status.messageKey());
        }
        for (DepositKind kind : DepositKind.values()) {
            assertThat(keys).contains(kind.messageKey());
        }
        for (CSVRecord row : csv("countries_un.csv")) {
            if (!row.get("un_regional_group").isBlank()) {
                assertThat(keys).contains("group." + row.get("un_regional_group"));
            }
        }
        for (CSVRecord row : csv("iso3166_regions.csv")) {
            if (!row.get("region").isBlank()) {
                assertThat(keys).contains("region." + row.get("region"));
            }
        }
        for (CSVRecord row : csv("affected_2014.csv")) {
            assertThat(keys).contains("fact." + row.get("topic"));
        }
        for (String source : List.of("signature", "deposit", "withdrawal", "names", "region")) {
            assertThat(keys).contains("state.source." + source);
        }
        for (var language : SupportedLocaleResolver.SUPPORTED) {
            assertThat(keys).contains("language." + language.getLanguage());
        }
    }

    private static Properties load(String suffix) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(new ClassPathResource("messages" + suffix + ".properties").getInputStream(),
                StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    private static List<CSVRecord> csv(String file) throws IOException {
        try (InputStream in = new ClassPathResource("reference/treaty/" + file).getInputStream()) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new InputStreamReader(in, StandardCharsets.UTF_8)).getRecords();
        }
    }
}

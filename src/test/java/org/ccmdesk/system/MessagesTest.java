package org.ccmdesk.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
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
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every visible string exists in every language, in one module's bundle only, and every
 * key a page or the code uses exists in some bundle.
 */
class MessagesTest {

    private static final List<String> LANGUAGES = List.of("", "_fr", "_es");

    /**
     * Where the code hands a message key over: {@code new RuleViolation(field, "key")},
     * {@code addFlashAttribute("notice", "key")}...
     */
    private static final List<Pattern> KEYS_IN_CODE = List.of(
            Pattern.compile("new RuleViolation\\(\\s*[^,()]+,\\s*\"([^\"]+)\""),
            Pattern.compile("new (?:NotFoundException|DocumentUnavailable|Problem)\\(\\s*\"([^\"]+)\""),
            Pattern.compile("getMessage\\(\\s*\"([^\"]*[^.\"])\""),
            Pattern.compile("add(?:Flash)?Attribute\\(\\s*\"(?:notice|problem)\",\\s*\"([^\"]+)\""));

    @Test
    void everyBundleHasAFrenchAndASpanishFileAndNothingElse() throws IOException {
        SortedSet<String> basenames = basenames();
        assertThat(basenames).contains("messages.system", "messages.states");
        Set<String> expected = new TreeSet<>();
        for (String basename : basenames) {
            for (String language : LANGUAGES) {
                expected.add(basename.substring("messages.".length()) + language + ".properties");
            }
        }
        Set<String> files = new TreeSet<>();
        for (Resource file : bundleFiles()) {
            files.add(file.getFilename());
        }
        assertThat(files).as("files in messages/").isEqualTo(expected);
        for (String language : LANGUAGES) {
            // The one bundle of old is read by nobody: a key left in it would be lost.
            assertThat(new ClassPathResource("messages" + language + ".properties").exists())
                .as("messages%s.properties", language)
                .isFalse();
        }
    }

    @Test
    void everyBundleHasTheSameKeysInEveryLanguage() throws IOException {
        for (String basename : basenames()) {
            Set<String> english = new TreeSet<>(load(basename, "").stringPropertyNames());
            assertThat(english).as(basename).isNotEmpty();
            for (String language : LANGUAGES) {
                Properties bundle = load(basename, language);
                assertThat(new TreeSet<>(bundle.stringPropertyNames())).as("keys of %s%s", basename, language)
                    .isEqualTo(english);
                for (String key : english) {
                    assertThat(bundle.getProperty(key)).as("%s%s %s", basename, language, key).isNotBlank();
                }
            }
        }
    }

    @Test
    void noKeyIsInTwoBundles() throws IOException {
        for (String language : LANGUAGES) {
            Map<String, List<String>> bundlesOfKey = new TreeMap<>();
            for (String basename : basenames()) {
                for (String key : load(basename, language).stringPropertyNames()) {
                    bundlesOfKey.computeIfAbsent(key, k -> new ArrayList<>()).add(basename + language);
                }
            }
            bundlesOfKey.values().removeIf(bundles -> bundles.size() == 1);
            assertThat(bundlesOfKey).as("keys in more than one bundle").isEmpty();
        }
    }

    @Test
    void everyKeyUsedByATemplateExists() throws IOException {
        Set<String> keys = allKeys();
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
    void everyKeyTheCodeHandsOverExists() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                for (Pattern pattern : KEYS_IN_CODE) {
                    Matcher matcher = pattern.matcher(source);
                    while (matcher.find()) {
                        used.add(matcher.group(1));
                    }
                }
            }
        }
        assertThat(used).contains("treatyFact.dateInFuture", "participant.stateUnknown", "error.invalidDate",
                "import.badLink");
        assertThat(allKeys()).containsAll(used);
    }

    @Test
    void everyKeyOfAnEnumExists() throws Exception {
        Set<String> keys = allKeys();
        Set<Class<?>> enums = new HashSet<>();
        for (Class<?> type : mainClasses()) {
            if (!type.isEnum()) {
                continue;
            }
            for (String name : List.of("messageKey", "prepareKey")) {
                Method method = keyMethod(type, name);
                if (method == null) {
                    continue;
                }
                enums.add(type);
                for (Object constant : type.getEnumConstants()) {
                    assertThat(keys).as("%s.%s()", constant, name).contains((String) method.invoke(constant));
                }
            }
        }
        assertThat(enums).contains(TreatyStatus.class, DepositKind.class).hasSizeGreaterThan(20);
    }

    @Test
    void everyComputedKeyExists() throws IOException {
        Set<String> keys = allKeys();
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

    private static List<Resource> bundleFiles() throws IOException {
        return List.of(new PathMatchingResourcePatternResolver().getResources(MessagesConfiguration.BUNDLES));
    }

    private static SortedSet<String> basenames() throws IOException {
        return MessagesConfiguration.basenames(bundleFiles());
    }

    /**
     * The English keys of every bundle (the other languages have the same, see above).
     */
    private static Set<String> allKeys() throws IOException {
        Set<String> keys = new HashSet<>();
        for (String basename : basenames()) {
            keys.addAll(load(basename, "").stringPropertyNames());
        }
        return keys;
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

    private static List<Class<?>> mainClasses() throws IOException, ClassNotFoundException {
        Path root = Path.of("src/main/java");
        ClassLoader loader = MessagesTest.class.getClassLoader();
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java") && !f.endsWith("package-info.java"))
                .toList()) {
                String name = root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".");
                addWithNested(Class.forName(name.substring(0, name.length() - ".java".length()), false, loader),
                        classes);
            }
        }
        return classes;
    }

    private static void addWithNested(Class<?> type, List<Class<?>> classes) {
        classes.add(type);
        for (Class<?> nested : type.getDeclaredClasses()) {
            addWithNested(nested, classes);
        }
    }

    private static Method keyMethod(Class<?> type, String name) {
        try {
            Method method = type.getDeclaredMethod(name);
            method.setAccessible(true);
            return method.getReturnType() == String.class ? method : null;
        }
        catch (NoSuchMethodException none) {
            return null;
        }
    }

    private static List<CSVRecord> csv(String file) throws IOException {
        try (InputStream in = new ClassPathResource("reference/treaty/" + file).getInputStream()) {
            return CSVFormat.RFC4180.builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new InputStreamReader(in, StandardCharsets.UTF_8))
                .getRecords();
        }
    }

}

package org.ccmdesk.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.springframework.boot.autoconfigure.context.MessageSourceProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.CollectionFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.springframework.core.io.support.ResourcePatternUtils;

/**
 * The messages: one bundle per module, {@code messages/<module>.properties} (English, the
 * default) with its {@code _fr} and {@code _es} files. Every bundle on the classpath is
 * found at start-up, so a new module only adds its own files. The other
 * {@code spring.messages.*} settings work as with Spring Boot's own message source (whose
 * condition no longer matches without a root {@code messages.properties});
 * {@code spring.messages.basename} is not used.
 */
@Configuration(proxyBeanMethods = false)
class MessagesConfiguration {

    static final String BUNDLES = "classpath*:messages/*.properties";

    private static final Pattern LANGUAGE_FILE = Pattern.compile(".+_[a-z]{2,3}(_[A-Z]{2})?\\.properties");

    @Bean
    @ConfigurationProperties("spring.messages")
    MessageSourceProperties messageSourceProperties() {
        return new MessageSourceProperties();
    }

    @Bean
    MessageSource messageSource(MessageSourceProperties properties, ResourceLoader resourceLoader) throws IOException {
        List<Resource> files = List
            .of(ResourcePatternUtils.getResourcePatternResolver(resourceLoader).getResources(BUNDLES));
        SortedSet<String> basenames = basenames(files);
        if (basenames.isEmpty()) {
            throw new IllegalStateException("No message bundle found in " + BUNDLES);
        }
        ResourceBundleMessageSource source = new FrenchTypographyMessageSource();
        source.setBasenames(basenames.toArray(String[]::new));
        // The same settings, in the same way, as Boot's MessageSourceAutoConfiguration.
        if (properties.getEncoding() != null) {
            source.setDefaultEncoding(properties.getEncoding().name());
        }
        source.setFallbackToSystemLocale(properties.isFallbackToSystemLocale());
        if (properties.getCacheDuration() != null) {
            source.setCacheMillis(properties.getCacheDuration().toMillis());
        }
        source.setAlwaysUseMessageFormat(properties.isAlwaysUseMessageFormat());
        source.setUseCodeAsDefaultMessage(properties.isUseCodeAsDefaultMessage());
        source.setCommonMessages(commonMessages(properties.getCommonMessages()));
        return source;
    }

    /**
     * French messages with French typography (a non-breaking space before : ; ? !), and
     * each message without arguments kept once resolved: a page of 200 rows asks for the
     * same few messages hundreds of times, and each lookup otherwise walks every bundle
     * (about twenty) and, in French, runs the typography's two patterns again.
     */
    static class FrenchTypographyMessageSource extends ResourceBundleMessageSource {

        /** Bounds the kept messages, should keys ever be built from data. */
        static final int MAX_KEPT = 20_000;

        private static final String NONE = new String("no message");

        private final Map<Locale, Map<String, String>> kept = new ConcurrentHashMap<>();

        @Override
        protected String getMessageInternal(String code, Object[] args, Locale locale) {
            if (code == null || locale == null || (args != null && args.length > 0) || isAlwaysUseMessageFormat()
                    || getCacheMillis() >= 0) {
                return resolve(code, args, locale);
            }
            Map<String, String> forLocale = kept.computeIfAbsent(locale, l -> new ConcurrentHashMap<>());
            String message = forLocale.get(code);
            if (message == null) {
                String resolved = resolve(code, args, locale);
                message = resolved == null ? NONE : resolved;
                if (forLocale.size() < MAX_KEPT) {
                    forLocale.put(code, message);
                }
            }
            return message == NONE ? null : message;
        }

        private String resolve(String code, Object[] args, Locale locale) {
            return FrenchTypography.apply(super.getMessageInternal(code, args, locale), locale);
        }

    }

    /**
     * {@code messages.states} for {@code messages/states.properties}; a language's file
     * is no basename.
     */
    static SortedSet<String> basenames(Collection<Resource> files) {
        SortedSet<String> basenames = new TreeSet<>();
        for (Resource file : files) {
            String name = file.getFilename();
            if (name != null && name.endsWith(".properties") && !LANGUAGE_FILE.matcher(name).matches()) {
                basenames.add("messages." + name.substring(0, name.length() - ".properties".length()));
            }
        }
        return basenames;
    }

    private static Properties commonMessages(List<Resource> resources) {
        if (resources == null || resources.isEmpty()) {
            return null;
        }
        Properties common = CollectionFactory.createSortedProperties(false);
        for (Resource resource : resources) {
            try {
                PropertiesLoaderUtils.fillProperties(common, resource);
            }
            catch (IOException ex) {
                throw new UncheckedIOException("Failed to load common messages from '%s'".formatted(resource), ex);
            }
        }
        return common;
    }

}

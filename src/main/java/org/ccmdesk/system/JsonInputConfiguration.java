package org.ccmdesk.system;

import java.time.LocalDate;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.ext.javatime.deser.LocalDateDeserializer;
import tools.jackson.databind.module.SimpleModule;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every string and date of a JSON body cleaned as {@link InputBinding} cleans forms: a
 * NUL or a date outside {@link PlausibleDates} makes the body unreadable (a 400 problem
 * detail), other control characters are stripped.
 */
@Configuration(proxyBeanMethods = false)
class JsonInputConfiguration {

    @Bean
    JsonMapperBuilderCustomizer cleanJsonInput() {
        SimpleModule module = new SimpleModule("ccm-input");
        module.addDeserializer(String.class, new CleanString());
        module.addDeserializer(LocalDate.class, new PlausibleDate());
        return builder -> builder.addModule(module);
    }

    private static final class CleanString extends StdScalarDeserializer<String> {

        CleanString() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) {
            String value = StringDeserializer.instance.deserialize(p, ctxt);
            if (InputText.hasNul(value)) {
                throw ctxt.weirdStringException("(NUL)", String.class, "NUL character in text");
            }
            return InputText.strip(value);
        }

    }

    private static final class PlausibleDate extends StdScalarDeserializer<LocalDate> {

        PlausibleDate() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) {
            LocalDate date = LocalDateDeserializer.INSTANCE.deserialize(p, ctxt);
            if (!PlausibleDates.contains(date)) {
                throw ctxt.weirdStringException(String.valueOf(date), LocalDate.class,
                        "a date from " + PlausibleDates.FIRST + " to " + PlausibleDates.LAST);
            }
            return date;
        }

    }

}

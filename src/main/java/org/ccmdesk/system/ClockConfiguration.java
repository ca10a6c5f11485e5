package org.ccmdesk.system;

import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock of the application. "Today" is the date in the Convention's working time
 * zone (Geneva by default). {@code ccm.clock.fixed-date} pins the date, for tests and
 * demonstrations.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SystemSettings.class)
class ClockConfiguration {

    @Bean
    Clock clock(SystemSettings settings) {
        if (settings.clock().fixedDate() == null) {
            return Clock.system(settings.timeZone());
        }
        return Clock.fixed(settings.clock().fixedDate().atStartOfDay(settings.timeZone()).toInstant(),
                settings.timeZone());
    }

}

package org.ccmdesk.system;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock of the application. "Today" is the date in the Convention's working time zone
 * (Geneva by default). {@code ccm.clock.fixed-date} pins the date, for tests and demonstrations.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    Clock clock(@Value("${ccm.time-zone:Europe/Zurich}") ZoneId zone,
            @Value("${ccm.clock.fixed-date:}") String fixedDate) {
        if (fixedDate.isBlank()) {
            return Clock.system(zone);
        }
        return Clock.fixed(LocalDate.parse(fixedDate).atStartOfDay(zone).toInstant(), zone);
    }
}

package org.ccmdesk.system;

import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the plumbing ({@code ccm.*} in {@code application.properties}): the
 * Convention's working time zone that decides what "today" is, a fixed date for tests and
 * demonstrations ({@code ccm.clock.fixed-date}), and the largest request body outside
 * uploads.
 */
@ConfigurationProperties("ccm")
record SystemSettings(@DefaultValue("Europe/Zurich") ZoneId timeZone, @DefaultValue ClockSettings clock,
        @DefaultValue("1MB") DataSize maxRequestSize) {

    record ClockSettings(LocalDate fixedDate) {
    }
}

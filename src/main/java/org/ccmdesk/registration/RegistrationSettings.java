package org.ccmdesk.registration;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Configuration;

/**
 * Settings of registration ({@code ccm.registration.*}): where uploaded credentials are
 * written (outside the web root), and how many days after a person's last meeting their
 * passport details are deleted.
 */
@ConfigurationProperties("ccm.registration")
record RegistrationSettings(@DefaultValue("./data/uploads") Path uploadDir,
        @DefaultValue("90") int passportRetentionDays) {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(RegistrationSettings.class)
    static class Binding {

    }
}

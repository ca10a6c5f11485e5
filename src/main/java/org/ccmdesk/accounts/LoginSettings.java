package org.ccmdesk.accounts;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Configuration;

/**
 * How sign-in is throttled ({@code ccm.login.*}): after {@code max-failures} failed
 * attempts, further attempts are refused for {@code lockout}.
 */
@ConfigurationProperties("ccm.login")
record LoginSettings(@DefaultValue("5") int maxFailures, @DefaultValue("PT15M") Duration lockout) {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties({ LoginSettings.class, RememberMeSettings.class })
    static class Binding {

    }
}

package org.ccmdesk.accounts;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Configuration;

/**
 * How sign-in is throttled ({@code ccm.login.*}): after {@code max-failures} failed
 * attempts within {@code lockout}, further attempts are refused for {@code lockout}. A
 * client address is locked by {@code max-failures} wrong passwords of existing accounts,
 * or by {@code max-failures-per-address} failures of any kind (unknown addresses
 * included): many people may sign in from behind one address, and mistype their e-mail.
 */
@ConfigurationProperties("ccm.login")
record LoginSettings(@DefaultValue("5") int maxFailures, @DefaultValue("PT15M") Duration lockout,
        @DefaultValue("20") int maxFailuresPerAddress) {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties({ LoginSettings.class, RememberMeSettings.class, PublicUrlSettings.class })
    static class Binding {

    }
}

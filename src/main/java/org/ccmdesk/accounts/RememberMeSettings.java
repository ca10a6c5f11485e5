package org.ccmdesk.accounts;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The key of "keep me signed in" ({@code ccm.remember-me.key}). The cookies are checked
 * against the {@code persistent_logins} table that every instance shares, not against the
 * key, which only ties the cookie filter to its authentication provider inside one
 * instance: a random key per start (when empty) keeps the cookies valid across restarts
 * and instances.
 */
@ConfigurationProperties("ccm.remember-me")
record RememberMeSettings(@DefaultValue("") String key) {

    String keyOrRandom() {
        return key.isBlank() ? Secrets.newToken() : key;
    }

}

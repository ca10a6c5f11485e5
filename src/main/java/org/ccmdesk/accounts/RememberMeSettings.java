package org.ccmdesk.accounts;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The key of "keep me signed in" cookies ({@code ccm.remember-me.key}); when empty, a
 * random one is made at start-up, and the cookies then last only as long as that
 * instance.
 */
@ConfigurationProperties("ccm.remember-me")
record RememberMeSettings(@DefaultValue("") String key) {
}

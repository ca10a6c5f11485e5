package org.ccmdesk.accounts;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Where people reach CCM Desk ({@code ccm.public-url}). Links that leave the browser
 * (password links shown to the secretariat or sent) are built from it, never from the
 * request's {@code Host} header, which the client chooses.
 */
@ConfigurationProperties("ccm")
record PublicUrlSettings(@DefaultValue("http://localhost:8080") URI publicUrl) {

    /** The absolute link to {@code path} with its variables expanded. */
    String link(String path, Object... variables) {
        return UriComponentsBuilder.fromUri(publicUrl).path(path).buildAndExpand(variables).encode().toUriString();
    }

}

package org.ccmdesk.notifications;

import java.net.URI;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Each person's choice of the messages they receive, and the signed link in a message
 * that stops messages of its topic. Account and system messages are always sent and never
 * carry the link. The link is built from {@code ccm.public-url}, never from a request,
 * and opens the stop page in the recipient's language.
 */
@Component
class MailPreferences {

    static final String STOP_PATH = "/mail/stop";

    private final MailChoices choices;

    private final MailSecret secret;

    private final URI publicUrl;

    MailPreferences(MailChoices choices, MailSecret secret,
            @Value("${ccm.public-url:http://localhost:8080}") URI publicUrl) {
        this.choices = choices;
        this.secret = secret;
        this.publicUrl = publicUrl;
    }

    /** Whether {@code recipient} wants messages of {@code topic}. */
    boolean allows(Recipient recipient, Topic topic) {
        return !topic.optional() || !choices.isStopped(recipient.email(), topic);
    }

    /**
     * The one-click link that stops messages of {@code topic} for {@code recipient}, if
     * they may.
     */
    Optional<String> stopLink(Recipient recipient, Topic topic) {
        if (!topic.optional()) {
            return Optional.empty();
        }
        String token = new StopToken(recipient.email(), topic).sign(secret.stopLinkKey());
        return Optional.of(UriComponentsBuilder.fromUri(publicUrl)
            .path(STOP_PATH)
            .queryParam("token", token)
            .queryParam("lang", recipient.language().getLanguage())
            .build()
            .encode()
            .toUriString());
    }

    /** What a stop link asks, if it is one we signed. */
    Optional<StopToken> read(String token) {
        return StopToken.verify(token, secret.stopLinkKey());
    }

}

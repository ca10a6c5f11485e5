package org.ccmdesk.notifications;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * What a stop link asks: stop messages of {@code topic} to {@code email}. The token
 * carries both in the clear and an HMAC-SHA256 over them with the key every instance
 * shares, so that nobody can stop another address's messages, or another topic, by
 * editing the link. It does not expire: a stop link in a message read a year later must
 * still work.
 */
record StopToken(String email, Topic topic) {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    StopToken {
        email = email.strip().toLowerCase(Locale.ROOT);
        if (email.isEmpty() || !topic.optional()) {
            throw new IllegalArgumentException("Only an address's optional topics can be stopped");
        }
    }

    /** The token: {@code <address, base64url>.<topic>.<signature, base64url>}. */
    String sign(byte[] key) {
        String payload = ENCODER.encodeToString(email.getBytes(StandardCharsets.UTF_8)) + "." + topic.name();
        return payload + "." + ENCODER.encodeToString(mac(key, payload));
    }

    /**
     * The request of a token signed with {@code key}; nothing if it was changed, cut, or
     * names a topic that cannot be stopped.
     */
    static Optional<StopToken> verify(String token, byte[] key) {
        if (token == null || token.length() > 1000) {
            return Optional.empty();
        }
        String[] parts = token.strip().split("\\.", -1);
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            String payload = parts[0] + "." + parts[1];
            if (!MessageDigest.isEqual(mac(key, payload), DECODER.decode(parts[2]))) {
                return Optional.empty();
            }
            Topic topic = Topic.valueOf(parts[1]);
            String email = new String(DECODER.decode(parts[0]), StandardCharsets.UTF_8);
            return topic.optional() && !email.isBlank() ? Optional.of(new StopToken(email, topic)) : Optional.empty();
        }
        catch (IllegalArgumentException e) {
            // not base64, or no such topic: a token we did not sign
            return Optional.empty();
        }
    }

    private static byte[] mac(byte[] key, String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

}

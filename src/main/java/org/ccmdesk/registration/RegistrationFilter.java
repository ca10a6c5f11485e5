package org.ccmdesk.registration;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

import org.ccmdesk.system.SearchText;

/**
 * What the secretariat looks for in a meeting's registrations: a name (given or family
 * name, without regard to accents or letter case), a status, a delegation key
 * ({@code FRA}, {@code org-12}), visa letter requested, visa letter issued and
 * credentials received (each yes, no or null for any).
 */
record RegistrationFilter(String q, RegistrationStatus status, String delegation, Boolean visa, Boolean visaLetter,
        Boolean credentials) {

    static final RegistrationFilter NONE = new RegistrationFilter(null, null, null, null, null, null);

    boolean keeps(ListedRegistration listed) {
        Registration r = listed.registration();
        Participant p = listed.participant();
        return SearchText.matches(q, p.givenNames(), p.familyName(), p.passportName(), p.badgeName())
                && (status == null || r.status() == status)
                && (delegation == null || delegation.isBlank() || r.delegation().key().equalsIgnoreCase(delegation))
                && (visa == null || r.visaLetterRequested() == visa)
                && (visaLetter == null || listed.visaLetterIssued() == visaLetter)
                && (credentials == null || listed.credentialsReceived() == credentials);
    }

    public RegistrationFilter withStatus(RegistrationStatus other) {
        return new RegistrationFilter(q, other, delegation, visa, visaLetter, credentials);
    }

    /**
     * The filter as a query string ("?q=...&status=..."), empty when nothing is chosen.
     */
    public String query() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("q", q == null || q.isBlank() ? null : q.trim());
        values.put("status", status);
        values.put("delegation", delegation == null || delegation.isBlank() ? null : delegation);
        values.put("visa", yesNo(visa));
        values.put("visaLetter", yesNo(visaLetter));
        values.put("credentials", yesNo(credentials));
        StringJoiner joined = new StringJoiner("&", "?", "").setEmptyValue("");
        values.forEach((name, value) -> {
            if (value != null) {
                joined.add(name + "=" + URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
            }
        });
        return joined.toString();
    }

    private static String yesNo(Boolean value) {
        return value == null ? null : value ? "yes" : "no";
    }

}

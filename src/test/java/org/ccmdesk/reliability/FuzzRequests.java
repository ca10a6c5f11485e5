package org.ccmdesk.reliability;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ccmdesk.reliability.FuzzTargets.Field;
import org.ccmdesk.reliability.FuzzTargets.Source;
import org.ccmdesk.reliability.FuzzTargets.Target;
import org.ccmdesk.reliability.HostileValues.Hostile;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.web.util.UriUtils;

/**
 * Builds the request of a target with every field at an ordinary value but one, which
 * carries the hostile value. Ordinary values are chosen from the field's type and name so
 * that the request gets past the first validation and reaches the code behind it.
 */
final class FuzzRequests {

    /** A PDF small enough to be accepted where a document may be uploaded. */
    static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    /** The ids of the rows the test data set up, by kind. */
    record Ids(long meeting, long organisation, long participant, long registration, long invitation, long user) {

    }

    /**
     * Whole-form cases: every free-text field at its declared maximum length, or the
     * required ones at their maximum and the optional ones empty (a value derived from
     * several fields, such as a default badge name, must still fit its column).
     */
    enum Whole {

        NONE, ALL_AT_MAX, REQUIRED_AT_MAX

    }

    private final Ids ids;

    private Whole whole = Whole.NONE;

    FuzzRequests(Ids ids) {
        this.ids = ids;
    }

    /**
     * The request of {@code target} with {@code hostile} in {@code field}; a null field
     * means the hostile value is the whole JSON body.
     */
    AbstractMockHttpServletRequestBuilder<?> build(Target target, Field field, Hostile hostile) {
        URI uri = URI.create(path(target, field, hostile));
        HttpMethod method = HttpMethod.valueOf(target.method());
        if (target.json()) {
            String body = field == null && whole == Whole.NONE ? hostile.text() : json(target, field, hostile);
            return request(method, uri).contentType(MediaType.APPLICATION_JSON).content(body);
        }
        Map<String, List<String>> params = params(target, field, hostile);
        if (target.multipart()) {
            MockMultipartHttpServletRequestBuilder upload = multipart(method, uri);
            for (Field f : target.fields()) {
                if (f.source() == Source.FILE && !(f == field && hostile.missing())) {
                    byte[] content = f == field ? hostile.text().getBytes(StandardCharsets.UTF_8) : PDF;
                    upload.file(new MockMultipartFile(f.name(), "fuzz.pdf", "application/pdf", content));
                }
            }
            params.forEach((name, values) -> upload.param(name, values.toArray(String[]::new)));
            return upload;
        }
        MockHttpServletRequestBuilder request = request(method, uri);
        if ("GET".equals(target.method())) {
            params.forEach((name, values) -> request.param(name, values.toArray(String[]::new)));
            return request;
        }
        // a form travels in the body, as a browser sends it, so the request size limit
        // applies
        StringBuilder body = new StringBuilder();
        params.forEach((name,
                values) -> values.forEach(value -> body.append(body.isEmpty() ? "" : "&")
                    .append(URLEncoder.encode(name, StandardCharsets.UTF_8))
                    .append('=')
                    .append(URLEncoder.encode(value, StandardCharsets.UTF_8))));
        return request.contentType(MediaType.APPLICATION_FORM_URLENCODED).content(body.toString());
    }

    private String path(Target target, Field field, Hostile hostile) {
        Matcher variable = Pattern.compile("\\{([^}]+)}").matcher(target.pattern());
        StringBuilder path = new StringBuilder();
        while (variable.find()) {
            String name = variable.group(1);
            String value = field != null && field.source() == Source.PATH && field.name().equals(name) ? hostile.text()
                    : pathValue(target.pattern(), name);
            variable.appendReplacement(path, Matcher.quoteReplacement(UriUtils.encodePathSegment(value, "UTF-8")));
        }
        variable.appendTail(path);
        return path.toString();
    }

    private String pathValue(String pattern, String name) {
        return switch (name) {
            case "iso3", "delegation" -> "FRA";
            case "kind" -> "SIGNATURE";
            case "instance" -> "ART7_INITIAL_REPORT";
            case "token" -> "no-such-token";
            case "jobId" -> "no-such-job";
            case "id" -> String.valueOf(id(pattern));
            default -> "999999";
        };
    }

    private long id(String pattern) {
        if (pattern.startsWith("/admin/organisations")) {
            return ids.organisation();
        }
        if (pattern.startsWith("/admin/users")) {
            return ids.user();
        }
        if (pattern.startsWith("/meetings/") || pattern.startsWith("/api/meetings/")
                || pattern.startsWith("/admin/meetings/")) {
            return ids.meeting();
        }
        if (pattern.startsWith("/registrations/") || pattern.startsWith("/api/registrations/")) {
            return ids.registration();
        }
        if (pattern.startsWith("/invitations/")) {
            return ids.invitation();
        }
        return 999999;
    }

    private Map<String, List<String>> params(Target target, Field field, Hostile hostile) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        for (Field f : target.fields()) {
            if (f.source() != Source.PARAM) {
                continue;
            }
            if (f == field) {
                if (!hostile.missing()) {
                    params.put(f.name(), List.of(hostile.text()));
                }
            }
            else {
                params.put(f.name(), List.of(ordinary(f)));
            }
        }
        return params;
    }

    private String json(Target target, Field field, Hostile hostile) {
        StringBuilder json = new StringBuilder("{");
        for (Field f : target.fields()) {
            if (f.source() != Source.JSON || (f == field && hostile.missing())) {
                continue;
            }
            String value;
            if (f == field) {
                value = hostile.json() != null ? hostile.json() : HostileValues.jsonString(hostile.text());
            }
            else if (f.isList()) {
                value = "[" + jsonValue(f.element(), ordinary(f)) + "]";
            }
            else {
                value = jsonValue(f.type(), ordinary(f));
            }
            json.append(json.length() > 1 ? ", " : "")
                .append(HostileValues.jsonString(f.name()))
                .append(": ")
                .append(value);
        }
        return json.append('}').toString();
    }

    private static String jsonValue(Class<?> type, String value) {
        boolean raw = Number.class.isAssignableFrom(type) || type.isPrimitive() || type == Boolean.class;
        return raw ? value : HostileValues.jsonString(value);
    }

    void whole(Whole whole) {
        this.whole = whole;
    }

    /** An ordinary value for a field, from its type and name. */
    String ordinary(Field field) {
        FuzzTargets.Limits limits = field.limits();
        if (whole != Whole.NONE && field.type() == String.class && limits.max() > 0 && !limits.formatted()) {
            return whole == Whole.REQUIRED_AT_MAX && !limits.required() ? "" : "m".repeat(limits.max());
        }
        Class<?> type = field.isList() ? field.element() : field.type();
        String name = field.name();
        if (type.isEnum()) {
            return ((Enum<?>) type.getEnumConstants()[0]).name();
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true";
        }
        if (type == java.time.LocalDate.class) {
            // the day the Convention opened for signature: no State Party yet, so the
            // status pages and exports stay small
            if (name.equals("asOf")) {
                return "2008-12-03";
            }
            return name.matches("lastDay|registrationCloses|to|requestedDeadline|grantedDeadline|passportExpiry")
                    ? "2030-04-09" : name.equals("birthDate") ? "1970-05-01" : "2014-04-07";
        }
        if (type == java.time.LocalTime.class) {
            return name.equals("endsAt") ? "12:00" : "10:00";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return switch (name) {
                case "participant", "participantId" -> String.valueOf(ids.participant());
                case "meeting", "meetingIds" -> String.valueOf(ids.meeting());
                case "organisation", "organisations" -> String.valueOf(ids.organisation());
                case "ids" -> String.valueOf(ids.registration());
                case "year" -> "2014";
                case "size" -> "50";
                case "yearlyMonth" -> "4";
                case "yearlyDay" -> "30";
                default -> "1";
            };
        }
        return ordinaryText(name);
    }

    private static String ordinaryText(String name) {
        if (name.toLowerCase().contains("email")) {
            return "fuzz@test.ccmdesk";
        }
        return switch (name) {
            case "language" -> "en";
            case "state", "delegation", "nationality", "passportIssuer", "country" -> "FRA";
            case "timeZone" -> "Europe/Zurich";
            case "webPage", "registrationUrl", "visaInformationUrl", "link", "source" ->
                "https://www.clusterconvention.org/";
            case "currentPassword" -> org.ccmdesk.accounts.TestAccounts.PASSWORD;
            case "newPassword", "confirmation" -> "Another-long-passphrase-2014";
            case "id" -> "FUZZ_RULE";
            case "rule" -> "ART4_CLEARANCE";
            case "phone" -> "+41 22 555 00 00";
            case "passportNumber" -> "P0123456";
            case "layout" -> "sheet";
            case "action" -> "dryRun";
            case "confirm" -> "true";
            case "q" -> "fra";
            default -> "Fuzz value";
        };
    }

}

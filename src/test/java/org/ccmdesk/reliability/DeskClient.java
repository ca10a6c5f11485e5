package org.ccmdesk.reliability;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the reliability tests do with the running application over real HTTP: sign in
 * through the login form once to create an API token, then use the JSON API with that
 * token (no session, no CSRF), as a script would; or sign in and use the pages and their
 * forms (session and CSRF token), as a person would.
 */
final class DeskClient {

    /** One obligation instance that a fulfilment can be recorded for. */
    record Target(String iso3, String instance) {
    }

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    private static final Pattern TOKEN = Pattern.compile("ccm_[A-Za-z0-9_-]{43}");

    private static final JsonMapper json = JsonMapper.builder().build();

    private final String baseUrl;

    private final HttpClient http;

    DeskClient(String baseUrl) {
        this.baseUrl = baseUrl;
        this.http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    }

    /**
     * Signs in with the form and creates a token on the account page; answers its secret.
     */
    String createApiToken(String email, String password) throws IOException, InterruptedException {
        signIn(email, password);
        String account = csrf(get("/account"));
        expectRedirect(postForm("/account/tokens", Map.of("name", "durability test", "_csrf", account)),
                "token creation");
        Matcher token = TOKEN.matcher(get("/account").body());
        if (!token.find()) {
            throw new IllegalStateException("The account page did not show the new token");
        }
        return token.group();
    }

    /** Signs in with the form; the session cookie serves the requests after. */
    void signIn(String email, String password) throws IOException, InterruptedException {
        String login = csrf(get("/login"));
        expectRedirect(postForm("/login", Map.of("email", email, "password", password, "_csrf", login)), "sign-in");
    }

    /**
     * Posts {@code fields} to {@code action} with the CSRF token of {@code page}, as the
     * form on that page does; answers where the answer redirects to (a path).
     */
    String submit(String page, String action, Map<String, String> fields) throws IOException, InterruptedException {
        Map<String, String> form = new HashMap<>(fields);
        form.put("_csrf", csrf(get(page)));
        HttpResponse<String> response = postForm(action, form);
        expectRedirect(response, action);
        String location = response.headers().firstValue("Location").orElseThrow();
        return location.startsWith(baseUrl) ? location.substring(baseUrl.length()) : location;
    }

    /** The page at {@code path}, which must answer 200. */
    String page(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = get(path);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + response.statusCode());
        }
        return response.body();
    }

    /** A file at {@code path}, which must answer 200. */
    byte[] download(String path) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = http.send(
                HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + response.statusCode());
        }
        return response.body();
    }

    /** The id of the meeting with this short name ("1MSP"), from the public API. */
    long meetingId(String shortName) throws IOException, InterruptedException {
        return json.readTree(page("/api/meetings"))
            .valueStream()
            .filter(m -> shortName.equals(m.get("shortName").asString()))
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("No meeting " + shortName))
            .get("id")
            .asLong();
    }

    /** Every obligation instance without a fulfilment, as of the application's today. */
    List<Target> openInstances() throws IOException, InterruptedException {
        return obligations().valueStream().filter(o -> !o.hasNonNull("fulfilmentId")).map(DeskClient::target).toList();
    }

    /** The recorded fulfilment of each instance that has one. */
    Map<Target, Long> fulfilments() throws IOException, InterruptedException {
        return obligations().valueStream()
            .filter(o -> o.hasNonNull("fulfilmentId"))
            .collect(Collectors.toMap(DeskClient::target, o -> o.get("fulfilmentId").asLong()));
    }

    /**
     * Records that the instance was met; answers the status and, on 201, the new
     * fulfilment's id.
     */
    HttpResponse<String> recordFulfilment(String token, Target target) throws IOException, InterruptedException {
        String body = """
                {"metOn":"2025-06-01","source":"durability test %s %s"}""".formatted(target.iso3(), target.instance());
        return http.send(HttpRequest
            .newBuilder(URI.create(baseUrl + "/api/states/" + target.iso3() + "/obligations/"
                    + URLEncoder.encode(target.instance(), StandardCharsets.UTF_8) + "/fulfilment"))
            .timeout(Duration.ofSeconds(20))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(), HttpResponse.BodyHandlers.ofString());
    }

    static long idOf(HttpResponse<String> created) {
        return json.readTree(created.body()).get("id").asLong();
    }

    private static Target target(JsonNode obligation) {
        return new Target(obligation.get("iso3").asString(), obligation.get("instance").asString());
    }

    private JsonNode obligations() throws IOException, InterruptedException {
        HttpResponse<String> response = get("/api/obligations");
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET /api/obligations answered " + response.statusCode());
        }
        return json.readTree(response.body());
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> postForm(String path, Map<String, String> fields)
            throws IOException, InterruptedException {
        String form = fields.entrySet()
            .stream()
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(URI.create(baseUrl + path))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String csrf(HttpResponse<String> page) {
        Matcher m = CSRF.matcher(page.body());
        if (page.statusCode() != 200 || !m.find()) {
            throw new IllegalStateException(page.uri() + " answered " + page.statusCode() + " without a CSRF token");
        }
        return m.group(1);
    }

    private static void expectRedirect(HttpResponse<String> response, String what) {
        String location = response.headers().firstValue("Location").orElse("");
        if (response.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException(what + " answered " + response.statusCode() + " to " + location);
        }
    }

}

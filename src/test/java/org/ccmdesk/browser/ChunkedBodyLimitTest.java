package org.ccmdesk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;

import org.ccmdesk.support.BrowserTest;
import org.junit.jupiter.api.Test;

/**
 * The request size limit also holds for a chunked body, which says no length: on the
 * running server (MockMvc always knows the length), before security looks at it.
 */
class ChunkedBodyLimitTest extends BrowserTest {

    private HttpResponse<String> postChunked(int bytes) throws Exception {
        byte[] body = new byte[bytes];
        Arrays.fill(body, (byte) 'a');
        HttpRequest request = HttpRequest.newBuilder(URI.create(url("/api/states/FRA/extensions")))
            .header("Content-Type", "application/json")
            // an input stream of unknown length: sent chunked
            .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
            .build();
        return HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .build()
            .send(request, HttpResponse.BodyHandlers.ofString());
    }

    /**
     * A form upload of one PDF of {@code bytes}, sent chunked, from the delegation page.
     */
    private HttpResponse<String> uploadChunked(int bytes, String language) throws Exception {
        String boundary = "----ccm-test-boundary";
        byte[] head = ("--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"credentials.pdf\""
                + "\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\n")
            .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] body = new byte[head.length + bytes + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        Arrays.fill(body, head.length, head.length + bytes, (byte) 'a');
        System.arraycopy(tail, 0, body, head.length + bytes, tail.length);
        HttpRequest request = HttpRequest.newBuilder(URI.create(url("/meetings/1/delegations/FRA/credentials")))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .header("Accept-Language", language)
            .header("Accept", "text/html,application/xhtml+xml")
            .header("Referer", url("/meetings/1/delegations/FRA"))
            .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
            .build();
        return HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .build()
            .send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aChunkedUploadOverTheLimitIs413WithTheErrorPageInTheUsersLanguageAndTheWayBack() throws Exception {
        HttpResponse<String> large = uploadChunked(12 * 1024 * 1024, "fr-CH,fr;q=0.9");
        assertThat(large.statusCode()).isEqualTo(413);
        assertThat(large.body()).contains("lang=\"fr\"")
            .contains("La requête est trop volumineuse\u00A0:")
            .contains("Ko au plus.")
            .contains("href=\"/meetings/1/delegations/FRA\"")
            .contains("Retour au formulaire");
        HttpResponse<String> english = uploadChunked(12 * 1024 * 1024, "en");
        assertThat(english.statusCode()).isEqualTo(413);
        assertThat(english.body()).contains("The request is too large: at most 11,264 KB.")
            .doesNotContain("La requête");
        // one within the limit goes on to security, which refuses it without a CSRF token
        assertThat(uploadChunked(1000, "en").statusCode()).isEqualTo(403);
    }

    @Test
    void aFormOverTheLimitWithItsLengthIs413WithTheErrorPage() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url("/states/IDN/events")))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept-Language", "en")
            .header("Accept", "text/html")
            .POST(HttpRequest.BodyPublishers.ofString("kind=DEPOSIT&source=" + "x".repeat(2 * 1024 * 1024)))
            .build();
        HttpResponse<String> large = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .build()
            .send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(large.statusCode()).isEqualTo(413);
        assertThat(large.body()).contains("lang=\"en\"").contains("The request is too large: at most 1,024 KB.");
    }

    @Test
    void aChunkedBodyOverTheLimitIs413WithAProblemDetailAndASmallOneGoesOn() throws Exception {
        HttpResponse<String> large = postChunked(2 * 1024 * 1024);
        assertThat(large.statusCode()).isEqualTo(413);
        assertThat(large.body()).contains("\"status\":413");
        // a small one goes on to security, which refuses a POST without a CSRF token or
        // an
        // API token
        assertThat(postChunked(100).statusCode()).isEqualTo(403);
    }

}

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

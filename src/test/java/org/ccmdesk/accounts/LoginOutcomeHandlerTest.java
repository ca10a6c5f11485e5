package org.ccmdesk.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.web.savedrequest.DefaultSavedRequest;

class LoginOutcomeHandlerTest {

    private static String after(String host, String uri, String query) {
        MockHttpServletRequest asked = new MockHttpServletRequest("GET", uri);
        asked.setServerName(host);
        asked.setQueryString(query);
        return LoginOutcomeHandler.pathOf(new DefaultSavedRequest(asked));
    }

    @Test
    void theRedirectAfterLoginKeepsThePathAndQueryNeverTheHost() {
        assertThat(after("evil.example", "/meetings/6", "tab=agenda")).isEqualTo("/meetings/6?tab=agenda");
        assertThat(after("evil.example", "/account", null)).isEqualTo("/account");
    }

    @Test
    void aPathThatABrowserWouldReadAsAHostStaysOnTheSite() {
        assertThat(after("localhost", "//evil.example/phish", null)).isEqualTo("/evil.example/phish");
    }

}

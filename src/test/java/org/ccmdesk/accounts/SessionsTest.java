package org.ccmdesk.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.http.Cookie;

import org.ccmdesk.support.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Real sessions (the SESSION cookie of a real login, kept by Spring Session in the
 * database), not a principal put on the request: not transactional, so that every request
 * sees what the others committed.
 */
@DatabaseTest
class SessionsTest {

    static final String NEW_PASSWORD = "Lusaka-4MSP-September-2013";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    ApiTokens tokens;

    Cookie signIn(CcmUser user, String address) throws Exception {
        return mvc.perform(post("/login").with(csrf()).with(request -> {
            request.setRemoteAddr(address);
            return request;
        }).param("email", user.email()).param("password", TestAccounts.PASSWORD))
            .andExpect(redirectedUrl("/desk"))
            .andReturn()
            .getResponse()
            .getCookie("SESSION");
    }

    MockHttpServletResponse changePassword(Cookie session, String revokeTokens) throws Exception {
        var request = post("/account/password").with(csrf())
            .cookie(session)
            .param("currentPassword", TestAccounts.PASSWORD)
            .param("newPassword", NEW_PASSWORD)
            .param("confirmation", NEW_PASSWORD)
            .param("_revokeTokens", "on");
        if (revokeTokens != null) {
            request.param("revokeTokens", revokeTokens);
        }
        return mvc.perform(request).andExpect(redirectedUrl("/account")).andReturn().getResponse();
    }

    @Test
    void aPasswordChangeSignsOutTheOtherSessionsAndRevokesTheTokensWhenAsked() throws Exception {
        CcmUser user = accounts.create(Role.DELEGATE);
        String token = tokens.create(user.id(), "nightly import");
        Cookie office = signIn(user, "192.0.2.201");
        Cookie laptop = signIn(user, "192.0.2.202");
        mvc.perform(get("/account").cookie(laptop)).andExpect(status().isOk());

        Cookie officeAfter = changePassword(office, "on").getCookie("SESSION");

        mvc.perform(get("/account").cookie(laptop)).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/account").cookie(officeAfter == null ? office : officeAfter)).andExpect(status().isOk());
        mvc.perform(get("/api/me").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
    }

    @Test
    void theTokensStayWhenTheBoxIsUnticked() throws Exception {
        CcmUser user = accounts.create(Role.DELEGATE);
        String token = tokens.create(user.id(), "nightly import");
        Cookie office = signIn(user, "192.0.2.203");
        Cookie laptop = signIn(user, "192.0.2.204");

        changePassword(office, null);

        mvc.perform(get("/account").cookie(laptop)).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/api/me").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
    }

    @Test
    void thePasswordFormOffersToRevokeTheTokensTickedByDefault() throws Exception {
        CcmUser user = accounts.create(Role.DELEGATE);
        String page = mvc.perform(get("/account/password").with(TestAccounts.as(user)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
        assertThat(page).containsPattern("<input[^>]*name=\"revokeTokens\"[^>]*checked");
    }

    @Test
    void aForgedHostHeaderShapesNeitherTheRedirectAfterLoginNorThePasswordLinks() throws Exception {
        CcmUser secretariat = accounts.create(Role.SECRETARIAT);
        MockHttpServletResponse refused = mvc
            .perform(get("http://evil.example/admin/users?q=focal").header("Host", "evil.example"))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse();
        assertThat(refused.getRedirectedUrl()).doesNotContain("evil.example");
        Cookie session = refused.getCookie("SESSION");
        String target = mvc
            .perform(post("http://evil.example/login").header("Host", "evil.example")
                .with(csrf())
                .cookie(session)
                .param("email", secretariat.email())
                .param("password", TestAccounts.PASSWORD))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
        assertThat(target).startsWith("/admin/users?q=focal").doesNotContain("evil.example");

        CcmUser delegate = accounts.create(Role.DELEGATE);
        Object link = mvc
            .perform(post("http://evil.example/admin/users/" + delegate.id() + "/password-link")
                .header("Host", "evil.example")
                .with(csrf())
                .with(TestAccounts.as(secretariat)))
            .andReturn()
            .getFlashMap()
            .get("passwordLink");
        assertThat(link).asString().startsWith("http://localhost:8080/password-reset/");
    }

    @Test
    void twentyPostsAtOnceInOneSessionAnswerNoServerError() throws Exception {
        CcmUser user = accounts.create(Role.DELEGATE);
        Cookie session = signIn(user, "192.0.2.205");
        // a double click, ten times over: every request adds the flash attribute to the
        // session
        for (int round = 0; round < 3; round++) {
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(20);
            try {
                List<Future<Integer>> answers = new ArrayList<>();
                for (int i = 0; i < 20; i++) {
                    answers.add(pool.submit(() -> {
                        start.await();
                        try {
                            return mvc.perform(post("/account/tokens/0/revoke").with(csrf()).cookie(session))
                                .andReturn()
                                .getResponse()
                                .getStatus();
                        }
                        catch (Exception ex) {
                            // MockMvc throws what a server would answer with a 500
                            return 500;
                        }
                    }));
                }
                start.countDown();
                List<Integer> statuses = new ArrayList<>();
                for (Future<Integer> answer : answers) {
                    statuses.add(answer.get(60, TimeUnit.SECONDS));
                }
                assertThat(statuses).allSatisfy(code -> assertThat(code).isEqualTo(302));
            }
            finally {
                pool.shutdownNow();
            }
            mvc.perform(get("/account").cookie(session)).andExpect(status().isOk());
        }
    }

}

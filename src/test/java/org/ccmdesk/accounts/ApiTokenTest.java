package org.ccmdesk.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.ccmdesk.support.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

@DatabaseTest
@Transactional
class ApiTokenTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    private String createToken(CcmUser user) throws Exception {
        return (String) mvc
            .perform(post("/account/tokens").with(csrf()).with(TestAccounts.as(user)).param("name", "nightly import"))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getFlashMap()
            .get("newToken");
    }

    @Test
    void aTokenIsShownOnceStoredHashedAndActsWithItsUsersRights() throws Exception {
        CcmUser secretariat = accounts.create(Role.SECRETARIAT);
        String token = createToken(secretariat);
        assertThat(token).startsWith("ccm_").hasSize(47);
        assertThat(jdbc.sql("select count(*) from api_token where token_hash = :t")
            .param("t", token)
            .query(Integer.class)
            .single()).isZero();
        mvc.perform(get("/api/me").header("Authorization", "Bearer " + token))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.email").value(secretariat.email()))
            .andExpect(jsonPath("$.role").value("SECRETARIAT"));
        // a script needs no CSRF token and no session
        mvc.perform(post("/api/states/USA/events").header("Authorization", "Bearer " + token)
            .contentType(MediaType.APPLICATION_JSON)
            .content(
                    "{\"kind\":\"DEPOSIT\",\"date\":\"2025-06-02\",\"depositKind\":\"ACCESSION\",\"source\":\"script\"}"))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.status").value("RATIFIED_NOT_IN_FORCE"));
        assertThat(
                jdbc.sql("select actor from audit_entry where entity_id = 'USA:DEPOSIT'").query(String.class).single())
            .isEqualTo(secretariat.email());
    }

    @Test
    void aFocalPointsTokenCannotDoWhatTheFocalPointCannot() throws Exception {
        CcmUser focalPoint = accounts.create(Role.FOCAL_POINT, "FRA");
        String token = createToken(focalPoint);
        mvc.perform(post("/api/states/USA/events").header("Authorization", "Bearer " + token)
            .contentType(MediaType.APPLICATION_JSON)
            .content(
                    "{\"kind\":\"DEPOSIT\",\"date\":\"2025-06-02\",\"depositKind\":\"ACCESSION\",\"source\":\"script\"}"))
            .andExpect(status().isForbidden());
        mvc.perform(get("/api/focal-point/states/FRA/focal-points").header("Authorization", "Bearer " + token))
            .andExpect(status().isOk());
        mvc.perform(get("/api/focal-point/states/DEU/focal-points").header("Authorization", "Bearer " + token))
            .andExpect(status().isForbidden());
    }

    @Test
    void aRevokedOrWrongTokenIsRefused() throws Exception {
        CcmUser delegate = accounts.create(Role.DELEGATE);
        String token = createToken(delegate);
        long id = jdbc.sql("select id from api_token where user_id = :u")
            .param("u", delegate.id())
            .query(Long.class)
            .single();
        CcmUser other = accounts.create(Role.DELEGATE);
        mvc.perform(post("/account/tokens/" + id + "/revoke").with(csrf()).with(TestAccounts.as(other)));
        mvc.perform(get("/api/me").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
        mvc.perform(post("/account/tokens/" + id + "/revoke").with(csrf()).with(TestAccounts.as(delegate)));
        mvc.perform(get("/api/me").header("Authorization", "Bearer " + token))
            .andExpect(status().isUnauthorized())
            .andExpect(jsonPath("$.status").value(401));
        mvc.perform(get("/api/me").header("Authorization", "Bearer ccm_forged")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/me")).andExpect(status().isUnauthorized());
    }

}

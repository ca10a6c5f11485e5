package org.ccmdesk.system;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.ccmdesk.support.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The OpenAPI document names the product, its version and the bearer tokens; static files
 * are served under their own prefixes only, and WebJars links still come out versioned.
 */
@DatabaseTest
class PagesAndDocumentTest {

    @Autowired
    MockMvc mvc;

    @Test
    void theOpenApiDocumentNamesTheProductItsVersionAndTheBearerTokens() throws Exception {
        mvc.perform(get("/api/docs"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.info.title").value("CCM Desk API"))
            .andExpect(jsonPath("$.info.version").value(not(containsString("@"))))
            .andExpect(jsonPath("$.info.version").value(containsString("0.")))
            .andExpect(jsonPath("$.info.description").value(containsString("Bearer")))
            .andExpect(jsonPath("$.components.securitySchemes.bearerToken.type").value("http"))
            .andExpect(jsonPath("$.components.securitySchemes.bearerToken.scheme").value("bearer"));
    }

    @Test
    void staticFilesAreServedUnderTheirPrefixesAndPagesLinkVersionedWebJars() throws Exception {
        mvc.perform(get("/css/ccm-desk.css")).andExpect(status().isOk());
        mvc.perform(get("/js/tables.js")).andExpect(status().isOk());
        mvc.perform(get("/favicon.svg")).andExpect(status().isOk());
        mvc.perform(get("/webjars/bootstrap/dist/js/bootstrap.bundle.min.js")).andExpect(status().isOk());
        mvc.perform(get("/vendor/world-atlas/LICENSE")).andExpect(status().isOk());
        mvc.perform(get("/"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("/webjars/bootstrap/5.3.8/dist/css/bootstrap.min.css")))
            .andExpect(content().string(containsString("data-bs-toggle=\"collapse\"")))
            .andExpect(content().string(containsString("role=\"region\" aria-labelledby=\"figures-heading\"")));
    }

}

package org.ccmdesk.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import org.ccmdesk.support.DatabaseTest;
import org.ccmdesk.system.AuditedChange;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.annotation.Transactional;

@DatabaseTest
class AuditLogTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Test
    @Transactional
    void theSecretariatReadsAndFiltersTheLogWithWhoWhenWhereAndTheValues() throws Exception {
        CcmUser secretariat = accounts.create(Role.SECRETARIAT);
        mvc.perform(post("/admin/organisations/new").with(csrf()).with(TestAccounts.as(secretariat)).with(request -> {
            request.setRemoteAddr("203.0.113.5");
            return request;
        })
            .param("name", "Geneva International Centre for Humanitarian Demining")
            .param("acronym", "GICHD")
            .param("kind", "INTERNATIONAL_ORGANISATION")
            .param("active", "true"));
        mvc.perform(get("/admin/audit").param("entityType", "organisation").with(TestAccounts.as(secretariat)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("GICHD")))
            .andExpect(content().string(containsString(secretariat.email())))
            .andExpect(content().string(containsString("203.0.113.5")));
        mvc.perform(get("/admin/audit").param("entityType", "treaty_event").with(TestAccounts.as(secretariat)))
            .andExpect(content().string(not(containsString("GICHD"))));
        mvc.perform(get("/admin/audit").param("from", "not-a-date").with(TestAccounts.as(secretariat)))
            .andExpect(status().isBadRequest());
    }

    @Test
    void aChangeOutsideATransactionIsRefusedSoNoChangeGoesUnaudited() {
        int before = jdbc.sql("select count(*) from audit_entry").query(Integer.class).single();
        assertThatThrownBy(() -> events.publishEvent(AuditedChange.of("test", 1, "UPDATE", null, Map.of("a", 1), null)))
            .isInstanceOf(IllegalTransactionStateException.class);
        assertThat(jdbc.sql("select count(*) from audit_entry").query(Integer.class).single()).isEqualTo(before);
    }

    @Test
    void theLogCannotBeChangedThroughTheApplication() throws Exception {
        CcmUser secretariat = accounts.create(Role.SECRETARIAT);
        for (String method : new String[] { "POST", "PUT", "DELETE", "PATCH" }) {
            mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .request(org.springframework.http.HttpMethod.valueOf(method), "/admin/audit")
                .with(csrf())
                .with(TestAccounts.as(secretariat)))
                .andExpect(result -> assertThat(result.getResponse().getStatus()).isIn(403, 405));
        }
    }

}

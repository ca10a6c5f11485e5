package org.ccmdesk.desks;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.ccmdesk.accounts.CcmUser;
import org.ccmdesk.accounts.Role;
import org.ccmdesk.accounts.TestAccounts;
import org.ccmdesk.support.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * Today is 22 June 2025 by the test clock. France's annual report for 2024 was due on 30
 * April 2025.
 */
@DatabaseTest
@Transactional
class DeskTest {

    private static final String ANNUAL_2025 = "/states/FRA/obligations/ART7_ANNUAL_REPORT:2025/record";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aFocalPointSeesWhatIsOverdueForItsStateAndRecordingItRemovesIt() throws Exception {
        CcmUser france = accounts.create(Role.FOCAL_POINT, "FRA");
        CcmUser secretariat = accounts.create(Role.SECRETARIAT);
        // without a completeness date the report is "no record": not on the desk as
        // overdue
        mvc.perform(get("/desk").with(TestAccounts.as(france)))
            .andExpect(status().isOk())
            .andExpect(content().string(not(containsString(ANNUAL_2025))));
        jdbc.sql("update obligation_rule set records_complete_from = date '2025-01-01' where id = 'ART7_ANNUAL_REPORT'")
            .update();
        mvc.perform(get("/desk").with(TestAccounts.as(france)))
            .andExpect(content().string(containsString(ANNUAL_2025)))
            .andExpect(content()
                .string(containsString("Overdue: Annual transparency report (France), due on 30 April 2025")));
        // another state's focal point does not see it
        mvc.perform(get("/desk").with(TestAccounts.as(accounts.create(Role.FOCAL_POINT, "DEU"))))
            .andExpect(content().string(not(containsString(ANNUAL_2025))));

        mvc.perform(post("/api/states/FRA/obligations/ART7_ANNUAL_REPORT:2025/fulfilment").with(csrf())
            .with(TestAccounts.as(france))
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"metOn\":\"2025-06-20\",\"source\":\"UNODA reporting database\",\"language\":\"French\"}"))
            .andExpect(status().isCreated());
        mvc.perform(get("/desk").with(TestAccounts.as(france)))
            .andExpect(content().string(not(containsString(ANNUAL_2025))));

        // the secretariat has it to verify; verifying removes it
        mvc.perform(get("/desk").with(TestAccounts.as(secretariat)))
            .andExpect(content().string(containsString("Verify what France reported: ART7_ANNUAL_REPORT:2025")));
        long id = jdbc
            .sql("select id from fulfilment where state_iso3 = 'FRA' and instance = 'ART7_ANNUAL_REPORT:2025'")
            .query(Long.class)
            .single();
        mvc.perform(post("/fulfilments/" + id + "/verify").with(csrf()).with(TestAccounts.as(secretariat)));
        mvc.perform(get("/desk").with(TestAccounts.as(secretariat)))
            .andExpect(content().string(not(containsString("Verify what France reported: ART7_ANNUAL_REPORT:2025"))));
    }

    @Test
    void aDelegateSeesTheirRegistrationsAndAnUnknownPathIsNotFoundForEveryone() throws Exception {
        mvc.perform(get("/desk").with(TestAccounts.as(accounts.create(Role.DELEGATE))))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("href=\"/my/registrations\"")));
        mvc.perform(get("/desk")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/no-such-page")).andExpect(status().isNotFound());
        mvc.perform(get("/admin/no-such-page").with(TestAccounts.as(accounts.create(Role.SECRETARIAT))))
            .andExpect(status().isNotFound());
        mvc.perform(get("/api/no-such-thing").with(TestAccounts.as(accounts.create(Role.FOCAL_POINT, "FRA"))))
            .andExpect(status().isNotFound());
        // the user page names the states a focal point acts for
        CcmUser french = accounts.create(Role.FOCAL_POINT, "FRA");
        mvc.perform(get("/admin/users/" + french.id()).with(TestAccounts.as(accounts.create(Role.SECRETARIAT))))
            .andExpect(content().string(containsString("<span>France</span>")));
        // the audit log reads field: before -> after
        jdbc.sql("update obligation_rule set records_complete_from = null").update();
        CcmUser isu = accounts.create(Role.SECRETARIAT);
        mvc.perform(post("/admin/obligation-rules/ART7_INITIAL_REPORT/records-complete-from").with(csrf())
            .with(TestAccounts.as(isu))
            .param("completeFrom", "2011-01-01"));
        mvc.perform(get("/admin/audit").param("entityType", "obligation_rule").with(TestAccounts.as(isu)))
            .andExpect(content().string(containsString("<strong>recordsCompleteFrom</strong>:")))
            .andExpect(content().string(containsString("<span>2011-01-01</span>")));
        // a focal point of Germany may not open France's record form
        mvc.perform(get("/states/FRA/obligations/ART7_INITIAL_REPORT/record")
            .with(TestAccounts.as(accounts.create(Role.FOCAL_POINT, "DEU")))).andExpect(status().isForbidden());
        mvc.perform(get("/states/FRA/obligations/ART7_INITIAL_REPORT/record")
            .with(TestAccounts.as(accounts.create(Role.FOCAL_POINT, "FRA")))).andExpect(status().isOk());
    }

}

package org.ccmdesk.obligations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.Map;

import org.ccmdesk.accounts.CcmUser;
import org.ccmdesk.accounts.Role;
import org.ccmdesk.accounts.TestAccounts;
import org.ccmdesk.support.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

@DatabaseTest
@Transactional
class RuleCatalogueTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    CcmUser secretariat;

    @BeforeEach
    void signIn() {
        secretariat = accounts.create(Role.SECRETARIAT);
    }

    /**
     * A valid rule: a national plan 30 days after entry into force, for every State
     * Party.
     */
    private static Map<String, String> rule(String id) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("id", id);
        fields.put("sourceText", "Test source, Art. 99");
        fields.put("theme", "NATIONAL_IMPLEMENTATION");
        fields.put("titleEn", "Test national plan");
        fields.put("titleFr", "Plan national d'essai");
        fields.put("titleEs", "Plan nacional de prueba");
        fields.put("descriptionEn", "A plan within 30 days.");
        fields.put("descriptionFr", "Un plan dans les 30 jours.");
        fields.put("descriptionEs", "Un plan en 30 días.");
        fields.put("appliesTo", "ALL");
        fields.put("deadlineKind", "DAYS_AFTER_EIF");
        fields.put("amount", "30");
        return fields;
    }

    private ResultActions submit(Map<String, String> fields) throws Exception {
        MockHttpServletRequestBuilder request = post("/admin/obligation-rules/new").with(csrf())
            .with(TestAccounts.as(secretariat));
        fields.forEach(request::param);
        return mvc.perform(request);
    }

    private int count(String sql) {
        return jdbc.sql(sql).query(Integer.class).single();
    }

    @Test
    void anAddedRuleIsInTheCatalogueAndInAStatePartysObligations() throws Exception {
        mvc.perform(get("/admin/obligation-rules/new").with(TestAccounts.as(secretariat)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("for=\"descriptionFr\"")));
        submit(rule("TEST_NATIONAL_PLAN")).andExpect(redirectedUrl("/admin/obligation-rules"))
            .andExpect(flash().attribute("notice", "rule.added"));

        mvc.perform(get("/api/obligations/rules"))
            .andExpect(jsonPath("$[?(@.id == 'TEST_NATIONAL_PLAN')].shipped").value(false))
            .andExpect(jsonPath("$[?(@.id == 'TEST_NATIONAL_PLAN')].titles.fr").value("Plan national d'essai"));
        // France: entry into force 1 August 2010, so due 30 days later
        mvc.perform(get("/api/states/FRA/obligations").param("asOf", "2014-04-07"))
            .andExpect(jsonPath("$[?(@.instance == 'TEST_NATIONAL_PLAN')].dueDate").value("2010-08-31"))
            .andExpect(jsonPath("$[?(@.instance == 'TEST_NATIONAL_PLAN')].title").value("Test national plan"));
        mvc.perform(get("/admin/obligation-rules").with(TestAccounts.as(secretariat)).header("Accept-Language", "en"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("data-rule=\"TEST_NATIONAL_PLAN\"")))
            .andExpect(content().string(containsString("30 days after entry into force")))
            .andExpect(content().string(containsString("Every year by 30 April")))
            .andExpect(content().string(containsString("Added by the secretariat")));
        assertThat(jdbc.sql(
                "select new_value from audit_entry where entity_type = 'obligation_rule' and entity_id = 'TEST_NATIONAL_PLAN'"
                        + " and action = 'CREATE'")
            .query(String.class)
            .single()).contains("DAYS_AFTER_EIF").contains("Test national plan");
    }

    @Test
    void aYearlyRuleHasOneInstancePerYearAfterEntryIntoForce() throws Exception {
        Map<String, String> fields = rule("TEST_YEARLY_UPDATE");
        fields.put("deadlineKind", "YEARLY_DATE");
        fields.remove("amount");
        fields.put("yearlyMonth", "6");
        fields.put("yearlyDay", "30");
        fields.put("extensionYears", "2");
        submit(fields).andExpect(redirectedUrl("/admin/obligation-rules"));
        mvc.perform(get("/api/states/FRA/obligations").param("asOf", "2014-04-07"))
            .andExpect(jsonPath("$[?(@.instance == 'TEST_YEARLY_UPDATE:2011')].dueDate").value("2011-06-30"))
            .andExpect(jsonPath("$[?(@.instance == 'TEST_YEARLY_UPDATE:2014')].dueDate").value("2014-06-30"));
        mvc.perform(get("/admin/obligation-rules").with(TestAccounts.as(secretariat)).header("Accept-Language", "fr"))
            .andExpect(content().string(containsString("Chaque année au plus tard le 30 juin")));
    }

    @Test
    void invalidInputIsShownNextToTheFieldAndNothingIsWritten() throws Exception {
        int rules = count("select count(*) from obligation_rule");
        int audits = count("select count(*) from audit_entry");

        Map<String, String> fields = rule("lower_case");
        fields.put("titleFr", " ");
        fields.put("descriptionEs", "x".repeat(1001));
        fields.put("extensionYears", "11");
        submit(fields).andExpect(status().isBadRequest())
            .andExpect(content().string(containsString("id=\"id-error\"")))
            .andExpect(content().string(containsString("Capital letters, digits and _ only")))
            .andExpect(content().string(containsString("id=\"titleFr-error\"")))
            .andExpect(content().string(containsString("This field is required.")))
            .andExpect(content().string(containsString("at most 1000 characters")))
            .andExpect(content().string(containsString("from 1 to 10")));

        Map<String, String> noAmount = rule("TEST_NO_AMOUNT");
        noAmount.remove("amount");
        submit(noAmount).andExpect(status().isBadRequest())
            .andExpect(content().string(containsString("id=\"amount-error\"")))
            .andExpect(content().string(containsString("needs a number of days, months or years")));

        Map<String, String> unusedAmount = rule("TEST_UNUSED_AMOUNT");
        unusedAmount.put("deadlineKind", "NONE");
        submit(unusedAmount).andExpect(status().isBadRequest())
            .andExpect(content().string(containsString("has no number of days, months or years")));

        Map<String, String> leapDay = rule("TEST_LEAP_DAY");
        leapDay.put("deadlineKind", "YEARLY_DATE");
        leapDay.remove("amount");
        leapDay.put("yearlyMonth", "2");
        leapDay.put("yearlyDay", "29");
        submit(leapDay).andExpect(status().isBadRequest())
            .andExpect(content().string(containsString("id=\"yearlyMonth-error\"")))
            .andExpect(content().string(containsString("29 February is not accepted")));

        Map<String, String> tooMany = rule("TEST_TOO_MANY_DAYS");
        tooMany.put("amount", "3651");
        submit(tooMany).andExpect(status().isBadRequest())
            .andExpect(content().string(containsString("from 1 to 3650")));

        Map<String, String> badEnum = rule("TEST_BAD_THEME");
        badEnum.put("theme", "GARDENING");
        submit(badEnum).andExpect(status().isBadRequest())
            .andExpect(content().string(containsString("This value is not valid.")));

        submit(rule("ART7_INITIAL_REPORT")).andExpect(status().isBadRequest())
            .andExpect(content().string(containsString("A rule with this identifier already exists.")));

        assertThat(count("select count(*) from obligation_rule")).isEqualTo(rules);
        assertThat(count("select count(*) from audit_entry")).isEqualTo(audits);
    }

    @Test
    void aFocalPointCannotAddRules() throws Exception {
        CcmUser focalPoint = accounts.create(Role.FOCAL_POINT, "FRA");
        int rules = count("select count(*) from obligation_rule");
        mvc.perform(get("/admin/obligation-rules").with(TestAccounts.as(focalPoint))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/obligation-rules/new").with(TestAccounts.as(focalPoint)))
            .andExpect(status().isForbidden());
        MockHttpServletRequestBuilder request = post("/admin/obligation-rules/new").with(csrf())
            .with(TestAccounts.as(focalPoint));
        rule("TEST_BY_FOCAL_POINT").forEach(request::param);
        mvc.perform(request).andExpect(status().isForbidden());
        assertThat(count("select count(*) from obligation_rule")).isEqualTo(rules);
    }

}

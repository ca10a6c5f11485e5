package org.ccmdesk.registration;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.ccmdesk.accounts.CcmUser;
import org.ccmdesk.accounts.Role;
import org.ccmdesk.accounts.TestAccounts;
import org.ccmdesk.support.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * A passport valid until 1 May 2014 for the meeting of 7-9 April 2014 warns on the
 * registration and on the registration page (three months after leaving).
 */
@DatabaseTest
@Transactional
class PassportWarningPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    OutputsTestData data;

    CcmUser anne;

    CcmUser secretariat;

    @BeforeEach
    void prepare() {
        anne = accounts.create(Role.DELEGATE);
        data = OutputsTestData.insert(jdbc, anne.email());
        secretariat = accounts.create(Role.SECRETARIAT);
    }

    private void expiry(LocalDate day) {
        jdbc.sql("update participant set passport_expiry = :day where email = :email")
            .param("day", day)
            .param("email", anne.email())
            .update();
    }

    @Test
    void aPassportExpiringOnTheFirstOfMayWarns() throws Exception {
        expiry(LocalDate.of(2014, 5, 1));
        mvc.perform(get("/registrations/" + data.martin).with(TestAccounts.as(secretariat)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("passport-warning")))
            .andExpect(content().string(containsString("The passport expires on 1 May 2014, less than three months")));
        mvc.perform(get("/meetings/" + data.meeting + "/register").with(TestAccounts.as(anne)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("passport-warning")));
        mvc.perform(get("/registrations/" + data.martin).param("lang", "fr").with(TestAccounts.as(secretariat)))
            .andExpect(content().string(containsString("Le passeport expire le 1 mai 2014")));
    }

    @Test
    void aPassportValidThreeMonthsAfterTheMeetingDoesNot() throws Exception {
        expiry(LocalDate.of(2014, 7, 9));
        mvc.perform(get("/registrations/" + data.martin).with(TestAccounts.as(secretariat)))
            .andExpect(status().isOk())
            .andExpect(content().string(not(containsString("passport-warning"))));
    }

}

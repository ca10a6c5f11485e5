package org.ccmdesk.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.ccmdesk.accounts.CcmUser;
import org.ccmdesk.accounts.Role;
import org.ccmdesk.accounts.TestAccounts;
import org.ccmdesk.support.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

/** Visa support letters for the 2014 Intersessional Meeting in Geneva. */
@DatabaseTest
@Transactional
class VisaLetterTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    OutputsTestData data;

    CcmUser secretariat;

    CcmUser anne;

    @BeforeEach
    void prepare() {
        anne = accounts.create(Role.DELEGATE);
        data = OutputsTestData.insert(jdbc, anne.email());
        secretariat = accounts.create(Role.SECRETARIAT);
    }

    private String letter(long registration, RequestPostProcessor user, String lang) throws Exception {
        byte[] pdf = mvc
            .perform(get("/registrations/" + registration + "/visa-letter.pdf").param("lang", lang).with(user))
            .andExpect(status().isOk())
            .andExpect(header().string("Content-Disposition",
                    containsString("visa-letter-intersessional-2014-martin.pdf")))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
        return Pdfs.text(pdf);
    }

    @Test
    void theLetterAsksTheHostCountryForAVisaWithThePassportDetails() throws Exception {
        String text = letter(data.martin, TestAccounts.as(secretariat), "en");
        assertThat(text).contains("To the Embassy or Consulate of Switzerland", "Implementation Support Unit",
                "Convention on Cluster Munitions", "Ms Anne Martin, Ambassador, of the delegation of France",
                "registered and approved to attend the Intersessional Meeting 2014",
                "World Meteorological Organization (WMO) building, Geneva", "from 7 April 2014 to 9 April 2014",
                "FR12345678", "31 January 2030", "1 May 1970", "Lyon", "not sponsored",
                "issue the participant with the visa", "22 June 2025");
        assertThat(text.replace(" ", "")).contains("ccm-registration.org/menu/visa-information-for-switzerland");
    }

    @Test
    void thePersonAndTheirFocalPointMayReadItAnotherStatesFocalPointMayNot() throws Exception {
        assertThat(letter(data.martin, TestAccounts.as(anne), "en")).contains("FR12345678");
        assertThat(letter(data.martin, TestAccounts.as(accounts.create(Role.FOCAL_POINT, "FRA")), "en"))
            .contains("FR12345678");
        mvc.perform(get("/registrations/" + data.martin + "/visa-letter.pdf")
            .with(TestAccounts.as(accounts.create(Role.FOCAL_POINT, "DEU")))).andExpect(status().isForbidden());
        mvc.perform(get("/registrations/" + data.martin + "/visa-letter.pdf")
            .with(TestAccounts.as(accounts.create(Role.DELEGATE)))).andExpect(status().isForbidden());
    }

    @Test
    void noLetterUnlessApprovedRequestedAndWithAPassport() throws Exception {
        expectConflict(data.waiting, "once the secretariat has approved the registration");
        expectConflict(data.durand, "No visa support letter was requested");
        expectConflict(data.bernard, "passport details");
    }

    private void expectConflict(long registration, String reason) throws Exception {
        mvc.perform(get("/registrations/" + registration + "/visa-letter.pdf").with(TestAccounts.as(secretariat)))
            .andExpect(status().isConflict())
            .andExpect(content().string(containsString(reason)));
    }

    @Test
    void withoutACountryTheLetterIsForTheHostCountry() throws Exception {
        jdbc.sql("update meeting set country = null where id = :id").param("id", data.meeting).update();
        assertThat(letter(data.martin, TestAccounts.as(secretariat), "en"))
            .contains("To the Embassy or Consulate of the host country");
    }

    @Test
    void theLetterInFrenchAndSpanish() throws Exception {
        assertThat(letter(data.martin, TestAccounts.as(secretariat), "fr")).contains(
                "ambassade ou au consulat de Suisse", "du 7 avril 2014 au 9 avril 2014", "Numéro de passeport",
                "FR12345678", "ne sont pas pris en charge");
        assertThat(letter(data.martin, TestAccounts.as(secretariat), "es")).contains("Embajada o el Consulado de Suiza",
                "del 7 de abril de 2014 al 9 de abril de 2014", "Número de pasaporte", "no están patrocinados");
    }

}

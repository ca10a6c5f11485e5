package org.ccmdesk.states;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.ccmdesk.support.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The public state page: names of the date, former names, facts as sentences, in the
 * page's language.
 */
@DatabaseTest
class StatePageNamesTest {

    @Autowired
    MockMvc mvc;

    @Test
    void namesOfTheDateAndFormerNamesWithTheirSource() throws Exception {
        mvc.perform(get("/states/SWZ").param("asOf", "2014-04-07"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("<h1>Swaziland</h1>")))
            .andExpect(content().string(containsString("Kingdom of Swaziland")))
            .andExpect(content().string(containsString("Swaziland (English), until 19 April 2018 at the earliest")))
            .andExpect(content().string(containsString("Legal Notice No. 80 of 2018")));
        mvc.perform(get("/states/SWZ")).andExpect(content().string(containsString("<h1>Eswatini</h1>")));
        mvc.perform(get("/states/VAT"))
            .andExpect(content().string(containsString("Permanent Observer Mission")))
            .andExpect(content().string(not(containsString("Vatican City State"))));
    }

    @Test
    void factsAsSentencesWithTheirCitationNotFileRows() throws Exception {
        mvc.perform(get("/states/JPN"))
            .andExpect(content()
                .string(containsString("Held cluster munitions when the Convention entered into force for it: yes")))
            .andExpect(content().string(containsString(", per")))
            .andExpect(content().string(not(containsString("stockpile_held_at_eif:"))))
            .andExpect(content().string(not(containsString("affected_2014.csv"))));
        mvc.perform(get("/states/JPN").param("lang", "fr"))
            .andExpect(content().string(containsString(
                    "Détenait des armes à sous-munitions lors de l&#39;entrée en vigueur de la Convention à son égard\u00A0: oui")))
            .andExpect(content().string(containsString(", selon")));
        mvc.perform(get("/states/LAO").param("lang", "es"))
            .andExpect(content().string(containsString("Asia sudoriental")))
            .andExpect(content().string(containsString("Estado Miembro")))
            .andExpect(content().string(not(containsString("South-eastern Asia"))))
            .andExpect(content().string(not(containsString("Lower middle income"))));
    }

}

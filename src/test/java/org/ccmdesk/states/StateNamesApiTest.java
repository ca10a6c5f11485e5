package org.ccmdesk.states;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.ccmdesk.support.DatabaseTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The API gives each state's name as of asOf, its formal name, six languages and history.
 */
@DatabaseTest
class StateNamesApiTest {

    @Autowired
    MockMvc mvc;

    @Test
    void oneStateAsOf2014AndToday() throws Exception {
        mvc.perform(get("/api/states/SWZ").param("asOf", "2014-04-07"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.name").value("Swaziland"))
            .andExpect(jsonPath("$.formalName").value("Kingdom of Swaziland"))
            .andExpect(jsonPath("$.names.en").value("Swaziland"))
            .andExpect(jsonPath("$.names.fr").value("Swaziland"))
            .andExpect(jsonPath("$.names.es").value("Suazilandia"))
            .andExpect(jsonPath("$.names.ar").value(nullValue()))
            .andExpect(jsonPath("$.nameHistory[?(@.language == 'en')].name").value("Swaziland"))
            .andExpect(jsonPath("$.nameHistory[?(@.language == 'en')].validUntil").value("2018-04-19"))
            .andExpect(jsonPath("$.nameHistory[?(@.language == 'en')].dateBasis").value("NOT_BEFORE"))
            .andExpect(jsonPath("$.nameHistory[?(@.language == 'en')].source",
                    contains(Matchers.containsString("Legal Notice No. 80 of 2018"))));
        mvc.perform(get("/api/states/SWZ").param("asOf", "2019-09-02"))
            .andExpect(jsonPath("$.name").value("Eswatini"))
            .andExpect(jsonPath("$.formalName").value("Kingdom of Eswatini"))
            .andExpect(jsonPath("$.names.fr").value("Eswatini"))
            .andExpect(jsonPath("$.names.ar").isString());
        mvc.perform(get("/api/states/MKD").param("asOf", "2019-02-13"))
            .andExpect(jsonPath("$.name").value("the former Yugoslav Republic of Macedonia"));
        mvc.perform(get("/api/states/MKD").param("asOf", "2019-02-14"))
            .andExpect(jsonPath("$.name").value("North Macedonia"));
        mvc.perform(get("/api/states/TUR").param("asOf", "2022-05-31")).andExpect(jsonPath("$.name").value("Turkey"));
        mvc.perform(get("/api/states/TUR").param("asOf", "2022-06-01")).andExpect(jsonPath("$.name").value("Türkiye"));
        mvc.perform(get("/api/states/CPV").param("asOf", "2013-10-24"))
            .andExpect(jsonPath("$.name").value("Cape Verde"));
        mvc.perform(get("/api/states/CPV").param("asOf", "2014-04-07"))
            .andExpect(jsonPath("$.name").value("Cabo Verde"));
        // Bolivia signed the Convention on 3 December 2008, as the Republic of Bolivia
        mvc.perform(get("/api/states/BOL").param("asOf", "2008-12-03"))
            .andExpect(jsonPath("$.name").value("Bolivia"))
            .andExpect(jsonPath("$.formalName").value("Republic of Bolivia"));
        mvc.perform(get("/api/states/BOL").param("asOf", "2009-03-18"))
            .andExpect(jsonPath("$.name").value("Bolivia (Plurinational State of)"));
    }

    @Test
    void unNamesInEnglishAndFrench() throws Exception {
        mvc.perform(get("/api/states").param("asOf", "2014-04-07"))
            .andExpect(jsonPath("$[?(@.iso3 == 'LAO')].name").value("Lao People's Democratic Republic"))
            .andExpect(jsonPath("$[?(@.iso3 == 'USA')].name").value("United States of America"))
            .andExpect(jsonPath("$[?(@.iso3 == 'VAT')].name").value("Holy See"))
            .andExpect(jsonPath("$[?(@.iso3 == 'BOL')].name").value("Bolivia (Plurinational State of)"))
            .andExpect(jsonPath("$[?(@.iso3 == 'COD')].name").value("Democratic Republic of the Congo"))
            .andExpect(jsonPath("$[?(@.iso3 == 'CZE')].name").value("Czech Republic"))
            .andExpect(jsonPath("$[?(@.iso3 == 'LAO')].names.fr").value("République démocratique populaire lao"));
        mvc.perform(get("/api/states/LAO").param("lang", "fr"))
            .andExpect(content().contentTypeCompatibleWith("application/json"))
            .andExpect(jsonPath("$.name").value("République démocratique populaire lao"));
    }

    @Test
    void searchMatchesEveryNameAStateHasHad() throws Exception {
        mvc.perform(get("/api/states").param("asOf", "2014-04-07").param("q", "Eswatini"))
            .andExpect(jsonPath("$", hasSize(1)))
            .andExpect(jsonPath("$[0].name").value("Swaziland"));
        mvc.perform(get("/api/states").param("asOf", "2025-06-22").param("q", "swaziland"))
            .andExpect(jsonPath("$", hasSize(1)))
            .andExpect(jsonPath("$[0].name").value("Eswatini"));
        mvc.perform(get("/api/states").param("q", "former Yugoslav")).andExpect(jsonPath("$[*].iso3", contains("MKD")));
        mvc.perform(get("/api/states").param("q", "Kingdom of Swaziland"))
            .andExpect(jsonPath("$[*].iso3", contains("SWZ")));
        mvc.perform(get("/api/states").param("q", "Laos")).andExpect(jsonPath("$[*].iso3", hasItem("LAO")));
    }

}

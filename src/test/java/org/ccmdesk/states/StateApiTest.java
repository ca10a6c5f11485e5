package org.ccmdesk.states;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.ccmdesk.support.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@DatabaseTest
class StateApiTest {

    @Autowired
    MockMvc mvc;

    @Test
    void listsEveryStateWithItsStatusAsOfTheDate() throws Exception {
        mvc.perform(get("/api/states").param("asOf", "2014-04-07"))
            .andExpect(status().isOk())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
            .andExpect(jsonPath("$", hasSize(197)))
            .andExpect(jsonPath("$[?(@.iso3 == 'BEN')].status").value("SIGNATORY"))
            .andExpect(jsonPath("$[?(@.iso3 == 'BEN')].deposit", contains(nullValue())))
            .andExpect(jsonPath("$[?(@.iso3 == 'AFG')].entryIntoForce").value("2012-03-01"))
            .andExpect(jsonPath("$[?(@.iso3 == 'AFG')].depositKind").value("RATIFICATION"))
            .andExpect(jsonPath("$[?(@.iso3 == 'AFG')].unRegionalGroup").value("Asia and the Pacific Group"))
            .andExpect(jsonPath("$[?(@.iso3 == 'AFG')].region").value("Asia"));
    }

    @Test
    void filtersByStatusAndRegion() throws Exception {
        mvc.perform(get("/api/states").param("asOf", "2014-04-07").param("status", "IN_FORCE"))
            .andExpect(jsonPath("$", hasSize(84)))
            .andExpect(jsonPath("$[*].status", everyItem(is("IN_FORCE"))));
        mvc.perform(
                get("/api/states").param("asOf", "2014-04-07").param("status", "SIGNATORY").param("region", "Africa"))
            .andExpect(jsonPath("$[*].region", everyItem(is("Africa"))))
            .andExpect(jsonPath("$[?(@.iso3 == 'AGO')]").exists());
        mvc.perform(get("/api/states").param("status", "WITHDRAWN").param("asOf", "2025-06-22"))
            .andExpect(jsonPath("$", hasSize(1)))
            .andExpect(jsonPath("$[0].iso3").value("LTU"))
            .andExpect(jsonPath("$[0].withdrawal").value("2025-03-06"));
    }

    @Test
    void defaultsToTodayByTheApplicationClock() throws Exception {
        // the test clock says 22 June 2025: Lithuania's withdrawal has taken effect
        mvc.perform(get("/api/treaty/summary"))
            .andExpect(jsonPath("$.asOf").value("2025-06-22"))
            .andExpect(jsonPath("$.statesParties").value(111));
    }

    @Test
    void oneStateByCodeInAnyCaseWithSources() throws Exception {
        mvc.perform(get("/api/states/lao").param("asOf", "2014-04-07"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.iso3").value("LAO"))
            .andExpect(jsonPath("$.status").value("IN_FORCE"))
            .andExpect(jsonPath("$.deposit").value("2009-03-18"))
            .andExpect(jsonPath("$.entryIntoForce").value("2010-08-01"))
            .andExpect(jsonPath("$.sources.deposit", containsString("the-monitor.org")))
            .andExpect(jsonPath("$.incomeGroups[?(@.fiscalYear == 'FY14')].incomeGroup").value("Lower middle income"))
            .andExpect(jsonPath("$.facts[?(@.topic == 'cm_contaminated_2014')]").exists());
    }

    @ParameterizedTest
    @ValueSource(strings = { "2014-13-45", "yesterday", "", "2014-02-30", "07/04/2014" })
    void malformedAsOfIsA400ThatNamesTheParameterAndFormat(String asOf) throws Exception {
        for (String path : new String[] { "/api/states", "/api/states/FRA", "/api/treaty/summary",
                "/api/treaty/timeline" }) {
            mvc.perform(get(path).param("asOf", asOf))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.parameter").value("asOf"))
                .andExpect(jsonPath("$.expectedFormat").value("YYYY-MM-DD"))
                .andExpect(jsonPath("$.detail", containsString("YYYY-MM-DD")))
                .andExpect(jsonPath("$.trace").doesNotExist());
        }
    }

    @Test
    void summaryAsOfTheIntersessionalMeeting() throws Exception {
        mvc.perform(get("/api/treaty/summary").param("asOf", "2014-04-07"))
            .andExpect(jsonPath("$.asOf").value("2014-04-07"))
            .andExpect(jsonPath("$.statesParties").value(84))
            .andExpect(jsonPath("$.inForce").value(84))
            .andExpect(jsonPath("$.ratifiedNotInForce").value(0))
            .andExpect(jsonPath("$.signatories").value(29))
            .andExpect(jsonPath("$.joined").value(113));
    }

    @Test
    void timelineIsMonthlyUpToTheDate() throws Exception {
        mvc.perform(get("/api/treaty/timeline").param("asOf", "2010-08-01"))
            .andExpect(jsonPath("$[0].asOf").value("2008-12-01"))
            .andExpect(jsonPath("$[-1].asOf").value("2010-08-01"))
            .andExpect(jsonPath("$[-1].inForce").value(30))
            .andExpect(jsonPath("$", hasSize(21)));
    }

    @Test
    void openApiDocumentsTheApi() throws Exception {
        mvc.perform(get("/api/docs"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.paths['/api/states'].get").exists())
            .andExpect(jsonPath("$.paths['/api/states/{iso3}'].get").exists())
            .andExpect(jsonPath("$.paths['/api/treaty/summary'].get.parameters[?(@.name == 'asOf')]").exists());
    }

}

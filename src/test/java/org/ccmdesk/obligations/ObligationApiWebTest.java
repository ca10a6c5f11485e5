package org.ccmdesk.obligations;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.ccmdesk.states.UnknownStateException;
import org.ccmdesk.support.WebSliceTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The JSON of a state's obligations and its problem details, on the web slice. */
@WebSliceTest(ObligationApiController.class)
class ObligationApiWebTest {

    static final LocalDate INTERSESSIONAL = LocalDate.of(2014, 4, 7);
    static final LocalDate FRANCE_IN_FORCE = LocalDate.of(2010, 8, 1);

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ObligationService obligations;

    @MockitoBean
    ObligationRecorder recorder;

    @MockitoBean
    Verification verification;

    /**
     * France (in force 1 August 2010) on 7 April 2014: the initial transparency report
     * was due 180 days after entry into force; stockpile destruction eight years after
     * it.
     */
    static List<Obligation> franceOn2014() {
        return List.of(
                new Obligation("FRA", "ART7_INITIAL_REPORT", "ART7_INITIAL_REPORT", "Convention, Art. 7(1)",
                        Theme.TRANSPARENCY, "Initial transparency report", Applicability.APPLIES, false,
                        FRANCE_IN_FORCE.plusDays(180), FRANCE_IN_FORCE.plusDays(180), ObligationStatus.MET,
                        LocalDate.of(2011, 1, 20), true, false, 7L),
                new Obligation("FRA", "ART3_STOCKPILE_DESTRUCTION", "ART3_STOCKPILE_DESTRUCTION",
                        "Convention, Art. 3(2)", Theme.STOCKPILE_DESTRUCTION,
                        "Destruction of stockpiled cluster munitions", Applicability.UNKNOWN, true,
                        FRANCE_IN_FORCE.plusYears(8), FRANCE_IN_FORCE.plusYears(8), ObligationStatus.NOT_YET_DUE, null,
                        null, null, null));
    }

    @Test
    void aStatesObligationsWithTheirDeadlinesAndStatus() throws Exception {
        given(obligations.forState("FRA", INTERSESSIONAL, Locale.ENGLISH)).willReturn(franceOn2014());

        mvc.perform(get("/api/states/FRA/obligations").param("asOf", "2014-04-07"))
            .andExpect(status().isOk())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
            .andExpect(jsonPath("$", hasSize(2)))
            .andExpect(jsonPath("$[0].iso3").value("FRA"))
            .andExpect(jsonPath("$[0].rule").value("ART7_INITIAL_REPORT"))
            .andExpect(jsonPath("$[0].theme").value("TRANSPARENCY"))
            .andExpect(jsonPath("$[0].applicability").value("APPLIES"))
            .andExpect(jsonPath("$[0].dueDate").value("2011-01-28"))
            .andExpect(jsonPath("$[0].originalDueDate").value("2011-01-28"))
            .andExpect(jsonPath("$[0].status").value("MET"))
            .andExpect(jsonPath("$[0].metOn").value("2011-01-20"))
            .andExpect(jsonPath("$[0].verified").value(true))
            .andExpect(jsonPath("$[0].fulfilmentId").value(7))
            .andExpect(jsonPath("$[1].dueDate").value("2018-08-01"))
            .andExpect(jsonPath("$[1].status").value("NOT_YET_DUE"))
            .andExpect(jsonPath("$[1].unconfirmed").value(true))
            .andExpect(jsonPath("$[1].metOn", nullValue()));
    }

    @Test
    void withoutADateTheObligationsAreAsOfToday() throws Exception {
        given(obligations.forState("FRA", LocalDate.parse(WebSliceTest.TODAY), Locale.ENGLISH))
            .willReturn(franceOn2014());

        mvc.perform(get("/api/states/FRA/obligations")).andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(2)));
    }

    @ParameterizedTest
    @ValueSource(strings = { "2014-13-45", "yesterday", "" })
    void aMalformedDateIsA400ProblemDetail(String asOf) throws Exception {
        mvc.perform(get("/api/states/FRA/obligations").param("asOf", asOf))
            .andExpect(status().isBadRequest())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.parameter").value("asOf"))
            .andExpect(jsonPath("$.expectedFormat").value("YYYY-MM-DD"))
            .andExpect(jsonPath("$.detail", containsString("YYYY-MM-DD")));
        verifyNoInteractions(obligations);
    }

    @Test
    void anUnknownStateIsA404ProblemDetail() throws Exception {
        given(obligations.forState(eq("XYZ"), any(), any())).willThrow(new UnknownStateException("XYZ"));

        mvc.perform(get("/api/states/XYZ/obligations"))
            .andExpect(status().isNotFound())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.detail", containsString("\"XYZ\"")));
    }

}

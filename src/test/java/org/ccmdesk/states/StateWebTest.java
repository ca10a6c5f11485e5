package org.ccmdesk.states;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.ccmdesk.support.WebSliceTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The public pages of the states list: view, model, links, the CSV download and bad
 * input, on the web slice.
 */
@WebSliceTest(StateController.class)
class StateWebTest {

    static final LocalDate INTERSESSIONAL = StateApiWebTest.INTERSESSIONAL;
    static final LocalDate TODAY = LocalDate.parse(WebSliceTest.TODAY);

    @Autowired
    MockMvc mvc;

    @MockitoBean
    TreatyStatusService treaty;

    @Test
    void theListShowsTheFilteredStatesWithTheChosenDate() throws Exception {
        given(treaty.statusOfAll(INTERSESSIONAL, Locale.ENGLISH))
            .willReturn(StateApiWebTest.statesOn(INTERSESSIONAL, Locale.ENGLISH));

        MvcResult result = mvc
            .perform(get("/states").param("asOf", "2014-04-07").param("status", "IN_FORCE").param("region", "Europe"))
            .andExpect(status().isOk())
            .andExpect(view().name("states/list"))
            .andExpect(model().attribute("asOf", INTERSESSIONAL))
            .andExpect(model().attribute("filter",
                    new StateListFilter(TreatyStatus.IN_FORCE, null, "Europe", null, null, null)))
            .andExpect(model().attribute("total", 2))
            .andExpect(model().attribute("first", 1))
            .andExpect(model().attribute("last", 2))
            .andExpect(model().attribute("groups",
                    List.of("African Group", "Asia and the Pacific Group", "Eastern European Group",
                            "Western European and Others Group")))
            .andExpect(content().string(containsString("France")))
            .andExpect(content().string(containsString("Lithuania")))
            .andExpect(content().string(not(containsString("Afghanistan"))))
            .andReturn();
        @SuppressWarnings("unchecked")
        List<StateStatus> shown = (List<StateStatus>) result.getModelAndView().getModel().get("states");
        assertThat(shown).extracting(StateStatus::iso3).containsExactly("FRA", "LTU");
    }

    @Test
    void linksKeepTheDateOnlyWhenOneWasChosen() throws Exception {
        given(treaty.statusOfAll(any(), eq(Locale.ENGLISH)))
            .willAnswer(call -> StateApiWebTest.statesOn(call.getArgument(0), Locale.ENGLISH));

        mvc.perform(get("/states").param("asOf", "2014-04-07").param("status", "IN_FORCE"))
            .andExpect(model().attribute("links",
                    new StateListLinks("2014-04-07",
                            new StateListFilter(TreatyStatus.IN_FORCE, null, null, null, null, null), 50)))
            .andExpect(content().string(containsString("href=\"/states.csv?asOf=2014-04-07&amp;status=IN_FORCE\"")))
            .andExpect(content().string(containsString("href=\"/states/FRA?asOf=2014-04-07\"")));
        mvc.perform(get("/states").param("status", "IN_FORCE"))
            .andExpect(model().attribute("asOf", TODAY))
            .andExpect(model().attribute("links",
                    new StateListLinks(null, new StateListFilter(TreatyStatus.IN_FORCE, null, null, null, null, null),
                            50)))
            .andExpect(content().string(containsString("href=\"/states.csv?status=IN_FORCE\"")))
            .andExpect(content().string(containsString("href=\"/states/FRA\"")))
            .andExpect(content().string(not(containsString("asOf=2025-06-22"))))
            // an empty asOf is a 400, so no link (the menu, the reset link, each state)
            // may carry one
            .andExpect(content().string(not(containsString("asOf=\""))))
            .andExpect(content().string(not(containsString("asOf=&amp;"))));
    }

    @Test
    void thePageWindowStaysWithinTheRowsAndTheOfferedSizes() throws Exception {
        given(treaty.statusOfAll(INTERSESSIONAL, Locale.ENGLISH))
            .willReturn(StateApiWebTest.statesOn(INTERSESSIONAL, Locale.ENGLISH));

        mvc.perform(get("/states").param("asOf", "2014-04-07").param("page", "9").param("size", "7"))
            .andExpect(status().isOk())
            .andExpect(model().attribute("page", 1))
            .andExpect(model().attribute("pages", 1))
            .andExpect(model().attribute("size", StateController.DEFAULT_PAGE_SIZE))
            .andExpect(model().attribute("total", 4))
            .andExpect(model().attribute("first", 1))
            .andExpect(model().attribute("last", 4));
        mvc.perform(get("/states").param("asOf", "2014-04-07").param("size", "25").param("status", "WITHDRAWN"))
            .andExpect(model().attribute("size", 25))
            .andExpect(model().attribute("total", 0))
            .andExpect(model().attribute("first", 0))
            .andExpect(model().attribute("last", 0));
    }

    @Test
    void theCsvIsADownloadNamedWithTheDate() throws Exception {
        given(treaty.statusOfAll(INTERSESSIONAL, Locale.ENGLISH))
            .willReturn(StateApiWebTest.statesOn(INTERSESSIONAL, Locale.ENGLISH));

        mvc.perform(
                get("/states.csv").param("asOf", "2014-04-07").param("status", "IN_FORCE").param("region", "Europe"))
            .andExpect(status().isOk())
            .andExpect(header().string(HttpHeaders.CONTENT_TYPE, startsWith("text/csv")))
            .andExpect(header().string(HttpHeaders.CONTENT_TYPE, containsString("charset=UTF-8")))
            .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION,
                    "attachment; filename=\"ccm-states-2014-04-07.csv\""))
            .andExpect(header().string("X-Content-Type-Options", "nosniff"))
            .andExpect(content().string(allOf(containsString("FRA"), containsString("2010-08-01"),
                    containsString("LTU"), not(containsString("AFG")))));
    }

    @Test
    void theCsvOfTodayIsNamedWithToday() throws Exception {
        given(treaty.statusOfAll(TODAY, Locale.ENGLISH)).willReturn(StateApiWebTest.statesOn(TODAY, Locale.ENGLISH));

        mvc.perform(get("/states.csv"))
            .andExpect(status().isOk())
            .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION,
                    "attachment; filename=\"ccm-states-2025-06-22.csv\""));
    }

    @ParameterizedTest
    @ValueSource(strings = { "2014-13-45", "yesterday", "" })
    void aMalformedDateIsA400ErrorPageInTheChosenLanguage(String asOf) throws Exception {
        mvc.perform(get("/states").param("asOf", asOf).param("lang", "fr"))
            .andExpect(status().isBadRequest())
            .andExpect(view().name("error"))
            .andExpect(model().attribute("status", 400))
            .andExpect(
                    content().string(containsString("Le paramètre « asOf » doit être une date au format AAAA-MM-JJ")))
            .andExpect(content().string(not(containsString("Exception"))));
        mvc.perform(get("/states.csv").param("asOf", asOf))
            .andExpect(status().isBadRequest())
            .andExpect(view().name("error"))
            .andExpect(content().string(containsString("must be a date in the format YYYY-MM-DD")));
        verifyNoInteractions(treaty);
    }

    @Test
    void anUnknownStatusInTheListIsA400ErrorPage() throws Exception {
        mvc.perform(get("/states").param("status", "MAYBE"))
            .andExpect(status().isBadRequest())
            .andExpect(view().name("error"))
            .andExpect(content().string(
                    containsString("The value &quot;MAYBE&quot; is not valid for the parameter &quot;status&quot;.")));
        verifyNoInteractions(treaty);
    }

    @Test
    void badParametersAreA400PageThatDoesNotEchoMarkup() throws Exception {
        mvc.perform(get("/states").param("status", "<script>"))
            .andExpect(status().isBadRequest())
            .andExpect(view().name("error"))
            .andExpect(content().string(not(containsString("<script>"))))
            .andExpect(content().string(containsString("&lt;script&gt;")));
        mvc.perform(get("/states").param("page", "abc"))
            .andExpect(status().isBadRequest())
            .andExpect(view().name("error"));
        verifyNoInteractions(treaty);
    }

    @Test
    void theSearchTextIsShownEscaped() throws Exception {
        given(treaty.statusOfAll(TODAY, Locale.ENGLISH)).willReturn(StateApiWebTest.statesOn(TODAY, Locale.ENGLISH));

        mvc.perform(get("/states").param("q", "<script>alert(1)</script>"))
            .andExpect(status().isOk())
            .andExpect(model().attribute("total", 0))
            .andExpect(content().string(not(containsString("<script>alert(1)"))))
            .andExpect(content().string(containsString("&lt;script&gt;alert(1)")));
    }

    @Test
    void oneStateShowsItsDatesAndAnUnknownCodeIsA404Page() throws Exception {
        given(treaty.detailOf("FRA", INTERSESSIONAL, Locale.ENGLISH)).willReturn(Optional.of(StateDetail
            .of(StateApiWebTest.france(), INTERSESSIONAL, Locale.ENGLISH, List.of(), List.of(), List.of())));
        given(treaty.detailOf(eq("XYZ"), any(), any())).willReturn(Optional.empty());

        mvc.perform(get("/states/FRA").param("asOf", "2014-04-07"))
            .andExpect(status().isOk())
            .andExpect(view().name("states/show"))
            .andExpect(model().attribute("asOf", INTERSESSIONAL))
            .andExpect(content().string(allOf(containsString("France"), containsString("25 September 2009"),
                    containsString("1 August 2010"))));
        mvc.perform(get("/states/XYZ").param("lang", "fr"))
            .andExpect(status().isNotFound())
            .andExpect(view().name("error"))
            .andExpect(content().string(containsString("Aucun État n&#39;a le code « XYZ »")));
    }

}

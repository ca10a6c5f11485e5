package org.ccmdesk.states;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.ccmdesk.support.WebSliceTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The JSON of the treaty status API and its problem details, on the web slice (see
 * {@link WebSliceTest}).
 */
@WebSliceTest(StateApiController.class)
class StateApiWebTest {

    static final LocalDate INTERSESSIONAL = LocalDate.of(2014, 4, 7);
    static final LocalDate OPENING = LocalDate.of(2008, 12, 3);

    @Autowired
    MockMvc mvc;

    @MockitoBean
    TreatyStatusService treaty;

    /**
     * France: signed at Oslo, ratified 25 September 2009, in force with the Convention on
     * 1 August 2010.
     */
    static StateRow france() {
        return new StateRow("FRA", Map.of("en", "France", "fr", "France", "es", "Francia"), "the French Republic",
                "Member State", "Western European and Others Group", "Europe", "Western Europe",
                new TreatyRecord(OPENING, LocalDate.of(2009, 9, 25), DepositKind.RATIFICATION, null),
                Map.of("deposit", "https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=XXVI-6"));
    }

    /** Benin: signed at Oslo, ratified only in 2017. */
    static StateRow benin() {
        return new StateRow("BEN", Map.of("en", "Benin", "fr", "Bénin", "es", "Benin"), "the Republic of Benin",
                "Member State", "African Group", "Africa", "Sub-Saharan Africa",
                new TreatyRecord(OPENING, LocalDate.of(2017, 7, 27), DepositKind.RATIFICATION, null), Map.of());
    }

    /** Afghanistan: acceded on 8 September 2011, in force on 1 March 2012. */
    static StateRow afghanistan() {
        return new StateRow("AFG", Map.of("en", "Afghanistan", "fr", "Afghanistan", "es", "Afganistán"),
                "the Islamic Republic of Afghanistan", "Member State", "Asia and the Pacific Group", "Asia",
                "Southern Asia", new TreatyRecord(null, LocalDate.of(2011, 9, 8), DepositKind.ACCESSION, null),
                Map.of());
    }

    /** Lithuania: ratified 24 March 2011, withdrew with effect from 6 March 2025. */
    static StateRow lithuania() {
        return new StateRow("LTU", Map.of("en", "Lithuania", "fr", "Lituanie", "es", "Lituania"),
                "the Republic of Lithuania", "Member State", "Eastern European Group", "Europe", "Northern Europe",
                new TreatyRecord(OPENING, LocalDate.of(2011, 3, 24), DepositKind.RATIFICATION,
                        LocalDate.of(2025, 3, 6)),
                Map.of());
    }

    static List<StateStatus> statesOn(LocalDate asOf, Locale locale) {
        return List.of(afghanistan(), benin(), france(), lithuania())
            .stream()
            .map(row -> StateStatus.of(row, asOf, locale))
            .toList();
    }

    @Test
    void listsEachStateWithItsStatusAndIsoDatesAsOfTheDate() throws Exception {
        given(treaty.statusOfAll(INTERSESSIONAL, Locale.ENGLISH)).willReturn(statesOn(INTERSESSIONAL, Locale.ENGLISH));

        mvc.perform(get("/api/states").param("asOf", "2014-04-07"))
            .andExpect(status().isOk())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
            .andExpect(jsonPath("$", hasSize(4)))
            .andExpect(jsonPath("$[*].iso3", contains("AFG", "BEN", "FRA", "LTU")))
            .andExpect(jsonPath("$[?(@.iso3 == 'FRA')].name").value("France"))
            .andExpect(jsonPath("$[?(@.iso3 == 'FRA')].status").value("IN_FORCE"))
            .andExpect(jsonPath("$[?(@.iso3 == 'FRA')].signature").value("2008-12-03"))
            .andExpect(jsonPath("$[?(@.iso3 == 'FRA')].deposit").value("2009-09-25"))
            .andExpect(jsonPath("$[?(@.iso3 == 'FRA')].depositKind").value("RATIFICATION"))
            .andExpect(jsonPath("$[?(@.iso3 == 'FRA')].entryIntoForce").value("2010-08-01"))
            .andExpect(jsonPath("$[?(@.iso3 == 'FRA')].region").value("Europe"))
            .andExpect(jsonPath("$[?(@.iso3 == 'FRA')].subRegion").value("Western Europe"))
            .andExpect(jsonPath("$[?(@.iso3 == 'FRA')].unRegionalGroup").value("Western European and Others Group"))
            .andExpect(jsonPath("$[?(@.iso3 == 'AFG')].depositKind").value("ACCESSION"))
            .andExpect(jsonPath("$[?(@.iso3 == 'AFG')].entryIntoForce").value("2012-03-01"))
            // Benin had only signed in 2014: its later deposit is not shown
            .andExpect(jsonPath("$[?(@.iso3 == 'BEN')].status").value("SIGNATORY"))
            .andExpect(jsonPath("$[?(@.iso3 == 'BEN')].deposit", contains(nullValue())));
    }

    @Test
    void withoutADateTheListIsAsOfTodayByTheApplicationClock() throws Exception {
        LocalDate today = LocalDate.parse(WebSliceTest.TODAY);
        given(treaty.statusOfAll(today, Locale.ENGLISH)).willReturn(statesOn(today, Locale.ENGLISH));

        mvc.perform(get("/api/states").param("status", "WITHDRAWN"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$[*].iso3", contains("LTU")))
            .andExpect(jsonPath("$[0].withdrawal").value("2025-03-06"));
    }

    @Test
    void filtersByStatusAndRegionOrSubRegion() throws Exception {
        given(treaty.statusOfAll(INTERSESSIONAL, Locale.ENGLISH)).willReturn(statesOn(INTERSESSIONAL, Locale.ENGLISH));

        mvc.perform(get("/api/states").param("asOf", "2014-04-07").param("status", "IN_FORCE"))
            .andExpect(jsonPath("$[*].iso3", containsInAnyOrder("AFG", "FRA", "LTU")));
        mvc.perform(
                get("/api/states").param("asOf", "2014-04-07").param("status", "IN_FORCE").param("region", "Europe"))
            .andExpect(jsonPath("$[*].iso3", contains("FRA", "LTU")));
        mvc.perform(get("/api/states").param("asOf", "2014-04-07").param("region", "Western Europe"))
            .andExpect(jsonPath("$[*].iso3", contains("FRA")));
    }

    @Test
    void namesAreInTheCallersLanguage() throws Exception {
        given(treaty.statusOfAll(INTERSESSIONAL, Locale.FRENCH)).willReturn(statesOn(INTERSESSIONAL, Locale.FRENCH));

        mvc.perform(get("/api/states").param("asOf", "2014-04-07").header(HttpHeaders.ACCEPT_LANGUAGE, "fr-CH"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$[?(@.iso3 == 'BEN')].name").value("Bénin"));
    }

    @Test
    void oneStateWithTheSourcesOfItsFacts() throws Exception {
        StateDetail france = StateDetail.of(france(), INTERSESSIONAL, Locale.ENGLISH, List.of(new StateIncome("FY14",
                "High income", "https://datahelpdesk.worldbank.org/knowledgebase/articles/906519")), List.of(),
                List.of());
        given(treaty.detailOf("fra", INTERSESSIONAL, Locale.ENGLISH)).willReturn(Optional.of(france));

        mvc.perform(get("/api/states/fra").param("asOf", "2014-04-07"))
            .andExpect(status().isOk())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
            .andExpect(jsonPath("$.iso3").value("FRA"))
            .andExpect(jsonPath("$.status").value("IN_FORCE"))
            .andExpect(jsonPath("$.deposit").value("2009-09-25"))
            .andExpect(jsonPath("$.entryIntoForce").value("2010-08-01"))
            .andExpect(jsonPath("$.officialName").value("the French Republic"))
            .andExpect(jsonPath("$.sources.deposit", containsString("treaties.un.org")))
            .andExpect(jsonPath("$.incomeGroups[0].fiscalYear").value("FY14"))
            .andExpect(jsonPath("$.incomeGroups[0].incomeGroup").value("High income"));
    }

    @Test
    void anUnknownStateIsA404ProblemDetailNamingTheCode() throws Exception {
        given(treaty.detailOf(eq("XYZ"), any(), any())).willReturn(Optional.empty());

        mvc.perform(get("/api/states/XYZ"))
            .andExpect(status().isNotFound())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.status").value(404))
            .andExpect(jsonPath("$.title").value("Not found"))
            .andExpect(jsonPath("$.detail", containsString("\"XYZ\"")));
        mvc.perform(get("/api/states/XYZ").header(HttpHeaders.ACCEPT_LANGUAGE, "fr"))
            .andExpect(status().isNotFound())
            .andExpect(jsonPath("$.title").value("Introuvable"))
            .andExpect(jsonPath("$.detail", containsString("Aucun État")));
    }

    @ParameterizedTest
    @ValueSource(strings = { "2014-13-45", "yesterday", "", "2014-02-30", "07/04/2014" })
    void aMalformedDateIsA400ProblemDetailNamingTheParameterAndFormat(String asOf) throws Exception {
        for (String path : new String[] { "/api/states", "/api/states/FRA", "/api/treaty/summary" }) {
            mvc.perform(get(path).param("asOf", asOf))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Invalid date"))
                .andExpect(jsonPath("$.parameter").value("asOf"))
                .andExpect(jsonPath("$.expectedFormat").value("YYYY-MM-DD"))
                .andExpect(jsonPath("$.detail", containsString("YYYY-MM-DD")))
                .andExpect(jsonPath("$.detail", containsString("\"" + asOf + "\"")))
                .andExpect(jsonPath("$.trace").doesNotExist());
        }
        verifyNoInteractions(treaty);
    }

    @Test
    void anUnknownStatusValueIsA400ProblemDetail() throws Exception {
        mvc.perform(get("/api/states").param("status", "MAYBE"))
            .andExpect(status().isBadRequest())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.status").value(400))
            .andExpect(jsonPath("$.trace").doesNotExist());
        verifyNoInteractions(treaty);
    }

    @Test
    void theSummaryHasTheHeadlineFiguresOfTheDate() throws Exception {
        given(treaty.summary(INTERSESSIONAL)).willReturn(TreatySummary.of(INTERSESSIONAL,
                List.of(france().treaty(), benin().treaty(), afghanistan().treaty(), lithuania().treaty())));

        mvc.perform(get("/api/treaty/summary").param("asOf", "2014-04-07"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.asOf").value("2014-04-07"))
            .andExpect(jsonPath("$.statesParties").value(3))
            .andExpect(jsonPath("$.inForce").value(3))
            .andExpect(jsonPath("$.ratifiedNotInForce").value(0))
            .andExpect(jsonPath("$.signatories").value(1))
            .andExpect(jsonPath("$.joined").value(4));
        verify(treaty).summary(INTERSESSIONAL);
    }

}

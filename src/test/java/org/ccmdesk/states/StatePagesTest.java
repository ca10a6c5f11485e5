package org.ccmdesk.states;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Arrays;
import java.util.List;

import org.ccmdesk.support.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@DatabaseTest
class StatePagesTest {

    @Autowired
    MockMvc mvc;

    private String page(String url) throws Exception {
        return mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void listShowsTheRowCountAndKeepsTheDateInItsLinks() throws Exception {
        String html = page("/states?asOf=2014-04-07");
        assertThat(html).contains("Showing 1 to 50 of 197 states");
        assertThat(html).contains("href=\"/states/AFG?asOf=2014-04-07\"");
        assertThat(html).contains("/states.csv?asOf=2014-04-07");
    }

    @Test
    void listFiltersByStatusGroupRegionAndName() throws Exception {
        assertThat(page("/states?asOf=2014-04-07&status=SIGNATORY&size=100")).contains("Showing 1 to 29 of 29 states");
        String african = mvc
            .perform(get("/states").param("asOf", "2014-04-07")
                .param("status", "IN_FORCE")
                .param("group", "African Group")
                .param("size", "100"))
            .andReturn()
            .getResponse()
            .getContentAsString();
        assertThat(african).contains("data-iso3=\"ZMB\"").doesNotContain("data-iso3=\"FRA\"");
        assertThat(page("/states?region=Oceania&q=new")).contains("data-iso3=\"NZL\"").contains("of 2 states");
        assertThat(page("/states?q=zzzz")).contains("No state matches these filters.");
    }

    @Test
    void listPagesAndSorts() throws Exception {
        String second = page("/states?asOf=2014-04-07&page=2&size=25&sort=deposit&dir=desc");
        assertThat(second).contains("Showing 26 to 50 of 197 states").contains("aria-sort=\"descending\"");
        String last = page("/states?page=999");
        assertThat(last).contains("Showing 151 to 197 of 197 states");
    }

    @Test
    void csvDownloadHasTheSameRows() throws Exception {
        var response = mvc.perform(get("/states.csv").param("asOf", "2014-04-07").param("status", "SIGNATORY"))
            .andExpect(status().isOk())
            .andExpect(header().string("Content-Disposition", containsString("ccm-states-2014-04-07.csv")))
            .andExpect(content().contentTypeCompatibleWith("text/csv"))
            .andReturn()
            .getResponse();
        List<String> lines = Arrays.asList(response.getContentAsString().split("\r\n"));
        assertThat(lines.get(0)).startsWith("iso3,name,region");
        assertThat(lines).hasSize(30);
        assertThat(lines)
            .anyMatch(line -> line.startsWith("BEN,Benin,Africa,") && line.contains(",SIGNATORY,2008-12-03,,,,"));
    }

    @Test
    void statePageShowsDatesKindSourcesAndIncome() throws Exception {
        String html = page("/states/afg?asOf=2014-04-07");
        assertThat(html).contains("<h1>Afghanistan</h1>")
            .contains("8 September 2011")
            .contains("(ratification)")
            .contains("1 March 2012")
            .contains("href=\"http://treaties.un.org/doc/Publication/MTDSG/Volume%20II/Chapter%20XXVI/XXVI-6.en.xml\"")
            .contains("Low income");
        assertThat(page("/states/LTU?asOf=2025-06-22")).contains("Withdrawn").contains("6 March 2025");
    }

    @Test
    void pagesSpeakTheChosenLanguage() throws Exception {
        String html = page("/states/DEU?asOf=2014-04-07&lang=fr");
        assertThat(html).contains("<html lang=\"fr\"").contains("<h1>Allemagne</h1>").contains("En vigueur");
        assertThat(page("/?lang=es")).contains("Estados partes");
        assertThat(page("/?lang=de")).contains("<html lang=\"en\"");
    }

    @Test
    void homeShowsTheFiguresAsOfTheChosenDate() throws Exception {
        String html = page("/?asOf=2014-04-07");
        assertThat(html).contains("id=\"figure-states-parties\">84<")
            .contains("id=\"figure-signatories\">29<")
            .contains("id=\"figure-joined\">113<")
            .contains("of which 84 in force");
        assertThat(page("/")).contains("id=\"figure-states-parties\">111<");
    }

    @Test
    void badInputIsAClearPageWithA4xx() throws Exception {
        mvc.perform(get("/states/XYZ"))
            .andExpect(status().isNotFound())
            .andExpect(content().string(containsString("No state has the code")));
        mvc.perform(get("/states").param("asOf", "2014-13-45"))
            .andExpect(status().isBadRequest())
            .andExpect(content().string(containsString("YYYY-MM-DD")))
            .andExpect(content().string(not(containsString("Exception"))));
        mvc.perform(get("/").param("asOf", "")).andExpect(status().isBadRequest());
        mvc.perform(get("/states").param("status", "<script>"))
            .andExpect(status().isBadRequest())
            .andExpect(content().string(not(containsString("<script>"))));
        mvc.perform(get("/states").param("page", "abc")).andExpect(status().isBadRequest());
    }

    @Test
    void securityHeadersAndNoWritesForTheAnonymous() throws Exception {
        mvc.perform(get("/"))
            .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
            .andExpect(header().string("Content-Security-Policy",
                    not(containsString("script-src 'self' 'unsafe-inline'"))))
            .andExpect(header().string("X-Content-Type-Options", "nosniff"))
            .andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
            .andExpect(header().string("X-Frame-Options", "DENY"));
        mvc.perform(post("/states"))
            .andExpect(status().isForbidden())
            .andExpect(header().doesNotExist("WWW-Authenticate"));
    }

    @Test
    void healthIsUp() throws Exception {
        mvc.perform(get("/actuator/health"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("UP")));
    }

}

package org.ccmdesk.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;

import org.ccmdesk.accounts.CcmUser;
import org.ccmdesk.accounts.Role;
import org.ccmdesk.accounts.TestAccounts;
import org.ccmdesk.support.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

@DatabaseTest
@Transactional
class MeetingsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestAccounts accounts;

    long intersessional;

    CcmUser secretariat;

    @BeforeEach
    void setUp() {
        intersessional = jdbc.sql("select id from meeting where short_name = 'Intersessional 2014'")
            .query(Long.class)
            .single();
        secretariat = accounts.create(Role.SECRETARIAT);
    }

    private MockHttpServletRequestBuilder form(String url, String first, String last, String closes) {
        return post(url).with(csrf())
            .with(TestAccounts.as(secretariat))
            .param("name", "Intersessional Meeting 2016")
            .param("shortName", "Intersessional 2016")
            .param("kind", "INTERSESSIONAL")
            .param("registrationByCcmDesk", "true")
            .param("firstDay", first)
            .param("lastDay", last)
            .param("registrationOpens", "2016-01-15")
            .param("registrationCloses", closes)
            .param("city", "Geneva")
            .param("timeZone", "Europe/Zurich")
            .param("source", "ISU");
    }

    @Test
    void theShippedMeetingsWithTheWeeksOfApril2014() throws Exception {
        mvc.perform(get("/api/meetings"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$[?(@.shortName == '4MSP')].firstDay").value("2013-09-10"))
            .andExpect(jsonPath("$[?(@.shortName == '1RC')].city").value("Dubrovnik"));
        mvc.perform(get("/api/meetings/" + intersessional))
            .andExpect(jsonPath("$.meeting.venue").value("World Meteorological Organization (WMO) building"))
            .andExpect(jsonPath("$.meeting.firstDay").value("2014-04-07"))
            .andExpect(jsonPath("$.agenda.length()").value(8))
            .andExpect(jsonPath("$.related.length()").value(3))
            .andExpect(jsonPath("$.related[0].registrationByCcmDesk").value(false));
        mvc.perform(get("/meetings/" + intersessional))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("7 April 2014 - 9 April 2014")))
            .andExpect(content().string(containsString("needs its own registration elsewhere")))
            // over by the test's today (22 June 2025): nothing left to prepare
            .andExpect(content().string(not(containsString("What to prepare"))))
            .andExpect(content().string(not(containsString("statement on progress towards ratification"))));
        String fourth = jdbc.sql("select id from meeting where short_name = '4MSP'").query(String.class).single();
        mvc.perform(get("/meetings/" + fourth))
            .andExpect(content().string(containsString("counting the opening ceremony")));
        mvc.perform(get("/meetings").param("kind", "MEETING_OF_STATES_PARTIES").param("year", "2014"))
            .andExpect(content().string(containsString("Fifth Meeting of States Parties")))
            .andExpect(content().string(org.hamcrest.Matchers.not(containsString("First Review Conference"))));
        mvc.perform(get("/meetings/999999")).andExpect(status().isNotFound());
    }

    @Test
    void theCalendarFileParsesWithTheLibrary() throws Exception {
        String ics = mvc.perform(get("/meetings/" + intersessional + "/calendar.ics"))
            .andExpect(status().isOk())
            .andExpect(content().contentTypeCompatibleWith("text/calendar"))
            .andReturn()
            .getResponse()
            .getContentAsString();
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(1);
        VEvent event = events.get(0);
        assertThat(LocalDate.from(event.getDateTimeStart().getDate())).isEqualTo(LocalDate.of(2014, 4, 7));
        assertThat(LocalDate.from(event.getDateTimeEnd().getDate())).isEqualTo(LocalDate.of(2014, 4, 10));
        assertThat(event.getSummary().getValue()).isEqualTo("Intersessional Meeting 2014");
        assertThat(event.getLocation().getValue()).contains("7 bis, Avenue de la Paix").contains("Geneva");
        assertThat(calendar.getProperty("X-WR-TIMEZONE").orElseThrow().getValue()).isEqualTo("Europe/Zurich");
        String all = mvc.perform(get("/meetings.ics")).andReturn().getResponse().getContentAsString();
        // every meeting, the 12 shipped and those other tests of this database made
        int meetings = jdbc.sql("select count(*) from meeting").query(Integer.class).single();
        assertThat(meetings).isGreaterThanOrEqualTo(12);
        assertThat(new CalendarBuilder().build(new StringReader(all)).getComponents("VEVENT")).hasSize(meetings);
    }

    @Test
    void theSecretariatCreatesCopiesAndCancelsAndBadDatesAreRefused() throws Exception {
        int before = jdbc.sql("select count(*) from meeting").query(Integer.class).single();
        mvc.perform(form("/admin/meetings/new", "2016-04-07", "2016-04-06", "2016-04-01"))
            .andExpect(status().isBadRequest())
            .andExpect(content().string(containsString("cannot come before the first day")));
        mvc.perform(form("/admin/meetings/new", "2016-04-07", "2016-04-08", "2016-04-09"))
            .andExpect(status().isBadRequest())
            .andExpect(content().string(containsString("on or before the last day")));
        assertThat(jdbc.sql("select count(*) from meeting").query(Integer.class).single()).isEqualTo(before);
        mvc.perform(form("/admin/meetings/new", "2016-04-07", "2016-04-08", "2016-03-20"))
            .andExpect(redirectedUrlPattern("/meetings/*"));
        mvc.perform(post("/admin/meetings/" + intersessional + "/copy").with(csrf()).with(TestAccounts.as(secretariat)))
            .andExpect(redirectedUrlPattern("/admin/meetings/*/edit"));
        long copy = jdbc.sql("select max(id) from meeting").query(Long.class).single();
        mvc.perform(get("/api/meetings/" + copy))
            .andExpect(jsonPath("$.meeting.firstDay").value("2015-04-06"))
            .andExpect(jsonPath("$.agenda.length()").value(8));
        mvc.perform(post("/admin/meetings/" + copy + "/cancel").with(csrf())
            .with(TestAccounts.as(secretariat))
            .param("confirm", "yes")).andExpect(redirectedUrl("/meetings/" + copy));
        mvc.perform(get("/api/meetings/" + copy)).andExpect(jsonPath("$.meeting.cancelled").value(true));
        mvc.perform(get("/meetings/" + copy)).andExpect(content().string(containsString("The meeting is cancelled.")));
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'meeting'")
            .query(Integer.class)
            .single()).isEqualTo(3);
        mvc.perform(form("/admin/meetings/new", "2016-04-07", "2016-04-08", "2016-03-20")
            .with(TestAccounts.as(accounts.create(Role.FOCAL_POINT, "FRA")))).andExpect(status().isForbidden());
    }

    @Test
    void theSecretariatKeepsTheAgenda() throws Exception {
        mvc.perform(post("/admin/meetings/" + intersessional + "/agenda").with(csrf())
            .with(TestAccounts.as(secretariat))
            .param("title", "Use of cluster munitions")
            .param("theme", "USE_OF_CLUSTER_MUNITIONS")
            .param("day", "2014-04-10"))
            .andExpect(status().isBadRequest())
            .andExpect(content().string(containsString("one of the days of the meeting")));
        mvc.perform(post("/admin/meetings/" + intersessional + "/agenda").with(csrf())
            .with(TestAccounts.as(secretariat))
            .param("title", "Use of cluster munitions")
            .param("theme", "USE_OF_CLUSTER_MUNITIONS")
            .param("day", "2014-04-08")
            .param("startsAt", "10:00")
            .param("endsAt", "09:00"))
            .andExpect(status().isBadRequest())
            .andExpect(content().string(containsString("The end must come after the start.")));
        mvc.perform(post("/admin/meetings/" + intersessional + "/agenda").with(csrf())
            .with(TestAccounts.as(secretariat))
            .param("title", "Use of cluster munitions")
            .param("theme", "USE_OF_CLUSTER_MUNITIONS")
            .param("day", "2014-04-08")
            .param("startsAt", "10:00")
            .param("endsAt", "11:30")).andExpect(redirectedUrl("/admin/meetings/" + intersessional + "/edit"));
        mvc.perform(get("/api/meetings/" + intersessional))
            .andExpect(jsonPath("$.agenda.length()").value(9))
            .andExpect(jsonPath("$.agenda[8].position").value(9))
            .andExpect(jsonPath("$.agenda[8].startsAt").value("10:00:00"));
        long item = jdbc.sql("select id from agenda_item where title = 'Use of cluster munitions'")
            .query(Long.class)
            .single();
        mvc.perform(post("/admin/meetings/" + intersessional + "/agenda/" + item + "/remove").with(csrf())
            .with(TestAccounts.as(secretariat)))
            .andExpect(redirectedUrl("/admin/meetings/" + intersessional + "/edit"));
        mvc.perform(get("/api/meetings/" + intersessional)).andExpect(jsonPath("$.agenda.length()").value(8));
    }

}

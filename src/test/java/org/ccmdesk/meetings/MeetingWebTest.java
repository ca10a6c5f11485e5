package org.ccmdesk.meetings;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

import org.ccmdesk.support.WebSliceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The public meeting pages, calendar files and API: status, view, JSON and downloads, on
 * the web slice.
 */
@WebSliceTest({ MeetingController.class, MeetingApiController.class })
class MeetingWebTest {

    static final long INTERSESSIONAL_ID = 3;
    static final long UNKNOWN_ID = 999;

    @Autowired
    MockMvc mvc;

    @MockitoBean
    MeetingService meetings;

    /**
     * Pages in English show the meetings as stored (the translations are the database
     * tests' subject).
     */
    @org.junit.jupiter.api.BeforeEach
    @SuppressWarnings("unchecked")
    void inEnglish() {
        given(meetings.localized(org.mockito.ArgumentMatchers.any(Meeting.class),
                org.mockito.ArgumentMatchers.any(java.util.Locale.class)))
            .willAnswer(call -> new LocalizedMeeting(call.getArgument(0), "en", java.util.Set.of()));
        given(meetings.localized(org.mockito.ArgumentMatchers.anyList(),
                org.mockito.ArgumentMatchers.any(java.util.Locale.class)))
            .willAnswer(call -> ((List<Meeting>) call.getArgument(0)).stream()
                .map(m -> new LocalizedMeeting(m, "en", java.util.Set.of()))
                .toList());
        given(meetings.agenda(org.mockito.ArgumentMatchers.anyLong(),
                org.mockito.ArgumentMatchers.any(java.util.Locale.class)))
            .willAnswer(call -> meetings.agenda((long) call.getArgument(0)));
    }

    /**
     * The intersessional meeting at Geneva, 7 to 9 April 2014, as shipped (no
     * registration window set).
     */
    static Meeting intersessional2014() {
        return new Meeting(INTERSESSIONAL_ID, "Intersessional Meeting 2014", "Intersessional 2014",
                MeetingKind.INTERSESSIONAL, true, LocalDate.of(2014, 4, 7), LocalDate.of(2014, 4, 9),
                "World Meteorological Organization (WMO) building", "7 bis, Avenue de la Paix", "Geneva", "Switzerland",
                "Europe/Zurich", "http://www.clusterconvention.org/meetings/intersessional-meetings/april-2014",
                "President of the Fourth Meeting of States Parties", null, null, null, null,
                "Memo on the CCM Intersessional Meeting, Geneva, 7-9 April 2014", false, true, null, null);
    }

    static AgendaItem openingOfTheMeetings() {
        return new AgendaItem(11, INTERSESSIONAL_ID, 1, "Opening of the meetings", AgendaTheme.OPENING_AND_CLOSING,
                LocalDate.of(2014, 4, 7), LocalTime.of(10, 0), LocalTime.of(11, 0));
    }

    @Test
    void oneMeetingPageWithItsAgenda() throws Exception {
        given(meetings.find(INTERSESSIONAL_ID)).willReturn(Optional.of(intersessional2014()));
        given(meetings.agenda(INTERSESSIONAL_ID)).willReturn(List.of(openingOfTheMeetings()));
        given(meetings.related(intersessional2014())).willReturn(List.of());

        mvc.perform(get("/meetings/{id}", INTERSESSIONAL_ID))
            .andExpect(status().isOk())
            .andExpect(view().name("meetings/show"))
            .andExpect(model().attribute("meeting", intersessional2014()))
            .andExpect(model().attribute("registration", RegistrationState.CLOSED))
            .andExpect(content().string(containsString("7 April 2014 - 9 April 2014")))
            .andExpect(content().string(containsString("Opening of the meetings")));
    }

    @Test
    void anUnknownMeetingIsA404PageInTheUsersLanguage() throws Exception {
        given(meetings.find(UNKNOWN_ID)).willReturn(Optional.empty());

        mvc.perform(get("/meetings/{id}", UNKNOWN_ID).param("lang", "fr"))
            .andExpect(status().isNotFound())
            .andExpect(view().name("error"))
            .andExpect(content().string(containsString("Il n&#39;existe pas de réunion numéro 999.")));
        mvc.perform(get("/meetings/{id}/calendar.ics", UNKNOWN_ID))
            .andExpect(status().isNotFound())
            .andExpect(view().name("error"))
            .andExpect(content().string(containsString("There is no meeting number 999.")));
    }

    @Test
    void anUnknownMeetingIsA404ProblemDetailInTheApi() throws Exception {
        given(meetings.find(UNKNOWN_ID)).willReturn(Optional.empty());

        mvc.perform(get("/api/meetings/{id}", UNKNOWN_ID))
            .andExpect(status().isNotFound())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.status").value(404))
            .andExpect(jsonPath("$.title").value("Not found"))
            .andExpect(jsonPath("$.detail").value("There is no meeting number 999."));
    }

    @Test
    void aMeetingInTheApiHasItsAgendaAndIsoDates() throws Exception {
        given(meetings.find(INTERSESSIONAL_ID)).willReturn(Optional.of(intersessional2014()));
        given(meetings.agenda(INTERSESSIONAL_ID)).willReturn(List.of(openingOfTheMeetings()));
        given(meetings.related(intersessional2014())).willReturn(List.of());

        mvc.perform(get("/api/meetings/{id}", INTERSESSIONAL_ID))
            .andExpect(status().isOk())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
            .andExpect(jsonPath("$.meeting.id").value(INTERSESSIONAL_ID))
            .andExpect(jsonPath("$.meeting.kind").value("INTERSESSIONAL"))
            .andExpect(jsonPath("$.meeting.firstDay").value("2014-04-07"))
            .andExpect(jsonPath("$.meeting.lastDay").value("2014-04-09"))
            .andExpect(jsonPath("$.meeting.city").value("Geneva"))
            .andExpect(jsonPath("$.agenda[0].title").value("Opening of the meetings"))
            .andExpect(jsonPath("$.agenda[0].day").value("2014-04-07"))
            .andExpect(jsonPath("$.related").isEmpty());
    }

    @Test
    void aMeetingsCalendarFileIsATextCalendarDownloadNamedAfterIt() throws Exception {
        given(meetings.find(INTERSESSIONAL_ID)).willReturn(Optional.of(intersessional2014()));

        mvc.perform(get("/meetings/{id}/calendar.ics", INTERSESSIONAL_ID))
            .andExpect(status().isOk())
            .andExpect(header().string(HttpHeaders.CONTENT_TYPE, startsWith("text/calendar")))
            .andExpect(header().string(HttpHeaders.CONTENT_TYPE, containsString("charset=UTF-8")))
            .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"ccm-meeting-3.ics\""))
            .andExpect(header().string("X-Content-Type-Options", "nosniff"))
            .andExpect(content().string(startsWith("BEGIN:VCALENDAR")))
            .andExpect(content().string(containsString("UID:meeting-3@ccmdesk")))
            // an all-day event from the first day to the day after the last
            .andExpect(content().string(containsString("20140407")))
            .andExpect(content().string(containsString("20140410")));
    }

    @Test
    void everyMeetingInOneCalendarFile() throws Exception {
        given(meetings.all()).willReturn(List.of(intersessional2014()));

        mvc.perform(get("/meetings.ics"))
            .andExpect(status().isOk())
            .andExpect(header().string(HttpHeaders.CONTENT_TYPE, startsWith("text/calendar")))
            .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"ccm-meetings.ics\""))
            .andExpect(content().string(containsString("Intersessional")));
    }

    @Test
    void theListSplitsUpcomingFromPastMeetingsByToday() throws Exception {
        Meeting msp13 = new Meeting(40, "Thirteenth Meeting of States Parties", "13MSP",
                MeetingKind.MEETING_OF_STATES_PARTIES, true, LocalDate.of(2025, 9, 15), LocalDate.of(2025, 9, 18),
                "Palais des Nations", null, "Geneva", "Switzerland", "Europe/Zurich", null, null,
                LocalDate.of(2025, 6, 1), LocalDate.of(2025, 9, 1), null, null, "Convention website", false, false,
                null, null);
        given(meetings.all()).willReturn(List.of(intersessional2014(), msp13));

        mvc.perform(get("/meetings"))
            .andExpect(status().isOk())
            .andExpect(view().name("meetings/list"))
            .andExpect(model().attribute("upcoming", List.of(msp13)))
            .andExpect(model().attribute("past", List.of(intersessional2014())))
            .andExpect(model().attribute("years", List.of(2014, 2025)));
        mvc.perform(get("/meetings").param("kind", "INTERSESSIONAL"))
            .andExpect(model().attribute("upcoming", List.of()))
            .andExpect(model().attribute("past", List.of(intersessional2014())));
    }

}

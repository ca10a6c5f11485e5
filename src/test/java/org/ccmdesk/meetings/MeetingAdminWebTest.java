package org.ccmdesk.meetings;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.ccmdesk.support.WebSliceTest;
import org.ccmdesk.system.RuleViolation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The secretariat's meeting form and {@code FormSubmission}: what is shown again, where
 * the errors go and what is called, on the web slice (the form's rules themselves are the
 * service's, stubbed here).
 */
@WebSliceTest(MeetingAdminController.class)
class MeetingAdminWebTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    MeetingService meetings;

    @MockitoBean
    MeetingAdministration administration;

    /**
     * The intersessional meeting of 2014 as the secretariat types them, with the given
     * last day.
     */
    static MockHttpServletRequestBuilder newMeeting(String lastDay) {
        return post("/admin/meetings/new").param("name", "Intersessional Meeting 2014")
            .param("shortName", "Intersessional 2014")
            .param("kind", "INTERSESSIONAL")
            .param("firstDay", "2014-04-07")
            .param("lastDay", lastDay)
            .param("city", "Geneva")
            .param("timeZone", "Europe/Zurich")
            .param("source", "Convention website, meetings archive");
    }

    @Test
    void aSavedMeetingRedirectsToItsPageWithANotice() throws Exception {
        given(administration.create(any())).willReturn(42L);

        mvc.perform(newMeeting("2014-04-09"))
            .andExpect(status().is3xxRedirection())
            .andExpect(redirectedUrl("/meetings/42"))
            .andExpect(flash().attribute("notice", "meeting.saved"));
        verify(administration)
            .create(eq(new MeetingForm("Intersessional Meeting 2014", "Intersessional 2014", MeetingKind.INTERSESSIONAL,
                    null, LocalDate.of(2014, 4, 7), LocalDate.of(2014, 4, 9), null, null, "Geneva", null,
                    "Europe/Zurich", null, null, null, null, "Convention website, meetings archive", null, null)));
    }

    @Test
    void aBrokenRuleShowsTheFormAgainWithTheErrorOnItsFieldAndWhatWasEntered() throws Exception {
        given(administration.create(any())).willThrow(new RuleViolation("lastDay", "meeting.lastBeforeFirst"));

        mvc.perform(newMeeting("2014-04-06"))
            .andExpect(status().isBadRequest())
            .andExpect(view().name("meetings/form"))
            .andExpect(model().attributeHasFieldErrorCode("meetingForm", "lastDay", "meeting.lastBeforeFirst"))
            .andExpect(model().errorCount(1))
            .andExpect(content().string(containsString("id=\"lastDay-error\"")))
            .andExpect(content().string(containsString("The last day cannot come before the first day.")))
            .andExpect(content().string(containsString("value=\"2014-04-06\"")))
            .andExpect(content().string(containsString("value=\"Intersessional 2014\"")));
    }

    @Test
    void theRuleIsExplainedInTheUsersLanguage() throws Exception {
        given(administration.create(any())).willThrow(new RuleViolation("lastDay", "meeting.lastBeforeFirst"));

        mvc.perform(newMeeting("2014-04-06").param("lang", "fr"))
            .andExpect(status().isBadRequest())
            .andExpect(content().string(containsString("Le dernier jour ne peut pas précéder le premier.")));
    }

    @Test
    void invalidFieldsAreShownNextToThemAndNothingIsSaved() throws Exception {
        mvc.perform(post("/admin/meetings/new").param("name", " ")
            .param("shortName", "Intersessional 2014")
            .param("firstDay", "2014-04-07")
            .param("lastDay", "2014-04-09")
            .param("timeZone", "Europe/Zurich")
            .param("webPage", "clusterconvention.org")
            .param("source", "Convention website"))
            .andExpect(status().isBadRequest())
            .andExpect(view().name("meetings/form"))
            .andExpect(model().attributeHasFieldErrors("meetingForm", "name", "kind", "webPage"))
            .andExpect(model().errorCount(3))
            .andExpect(model().attribute("kinds", MeetingKind.values()))
            .andExpect(content().string(containsString("id=\"name-error\"")))
            .andExpect(content().string(containsString("id=\"webPage-error\"")))
            .andExpect(content().string(containsString("value=\"Intersessional 2014\"")))
            .andExpect(content().string(containsString("value=\"clusterconvention.org\"")))
            .andExpect(content().string(not(containsString("id=\"shortName-error\""))));
        verifyNoInteractions(administration);
    }

    @Test
    void aDateThatIsNoDateIsAnErrorOnItsFieldAndNothingIsSaved() throws Exception {
        mvc.perform(newMeeting("09/04/2014"))
            .andExpect(status().isBadRequest())
            .andExpect(view().name("meetings/form"))
            .andExpect(model().attributeHasFieldErrorCode("meetingForm", "lastDay", "typeMismatch"))
            .andExpect(content().string(containsString("id=\"lastDay-error\"")))
            .andExpect(content().string(containsString("value=\"09/04/2014\"")));
        verifyNoInteractions(administration);
    }

    @Test
    void anAgendaItemOutsideTheMeetingIsRefusedOnTheDayField() throws Exception {
        Meeting meeting = MeetingWebTest.intersessional2014();
        given(meetings.find(meeting.id())).willReturn(Optional.of(meeting));
        given(meetings.agenda(meeting.id())).willReturn(List.of());
        willThrow(new RuleViolation("day", "agenda.dayOutsideMeeting")).given(administration)
            .addAgendaItem(eq(meeting.id()), any());

        mvc.perform(post("/admin/meetings/{id}/agenda", meeting.id()).param("title", "Opening of the meetings")
            .param("theme", "OPENING_AND_CLOSING")
            .param("day", "2014-05-01"))
            .andExpect(status().isBadRequest())
            .andExpect(view().name("meetings/form"))
            .andExpect(model().attributeHasFieldErrorCode("agendaItemForm", "day", "agenda.dayOutsideMeeting"))
            .andExpect(model().attribute("meetingId", meeting.id()))
            .andExpect(content().string(containsString("value=\"Opening of the meetings\"")));
    }

    @Test
    void cancellingWithoutConfirmationCancelsNothing() throws Exception {
        mvc.perform(post("/admin/meetings/{id}/cancel", 3))
            .andExpect(redirectedUrl("/meetings/3"))
            .andExpect(flash().attribute("problem", "meeting.confirmCancel"));
        verifyNoInteractions(administration);

        mvc.perform(post("/admin/meetings/{id}/cancel", 3).param("confirm", "yes"))
            .andExpect(redirectedUrl("/meetings/3"))
            .andExpect(flash().attribute("notice", "meeting.cancelled"));
        verify(administration).cancel(3);
    }

}

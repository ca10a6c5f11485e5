package org.ccmdesk.meetings;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Every page that shows a meeting (the model attribute {@code meeting}, whichever
 * module's page it is: invitations, registrations, participants, delegations) shows it in
 * the page's language: its French or Spanish text where translated, and
 * {@code meetingUntranslated} naming the fields still in English, so that no module mixes
 * languages by forgetting to translate it.
 */
@Configuration(proxyBeanMethods = false)
class MeetingPagesInLanguage implements WebMvcConfigurer, HandlerInterceptor {

    /** A provider: web slice tests of other modules have no meetings. */
    private final ObjectProvider<MeetingService> meetings;

    MeetingPagesInLanguage(ObjectProvider<MeetingService> meetings) {
        this.meetings = meetings;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
            ModelAndView page) {
        MeetingService service = meetings.getIfAvailable();
        if (page == null || service == null || !(page.getModel().get("meeting") instanceof Meeting meeting)) {
            return;
        }
        LocalizedMeeting localized = service.localized(meeting, RequestContextUtils.getLocale(request));
        if (localized == null) {
            return;
        }
        page.addObject("meeting", localized.meeting());
        page.addObject("meetingUntranslated", localized.untranslated());
    }

}

package org.ccmdesk.registration;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.ccmdesk.meetings.Meeting;
import org.ccmdesk.meetings.MeetingService;
import org.ccmdesk.system.ActingUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * One's own registrations, and for a focal point the delegation pages of the meetings to
 * come.
 */
@Controller
class MyRegistrationsController {

    private final RegistrationQueries queries;

    private final RegistrationViews views;

    private final MeetingService meetings;

    private final Clock clock;

    MyRegistrationsController(RegistrationQueries queries, RegistrationViews views, MeetingService meetings,
            Clock clock) {
        this.queries = queries;
        this.views = views;
        this.meetings = meetings;
        this.clock = clock;
    }

    @GetMapping("/my/registrations")
    String mine(Locale locale, Model model) {
        ActingUser user = RegistrationAccess.user();
        Participant me = queries.participantByEmail(user.email()).orElse(null);
        model.addAttribute("me", me);
        model.addAttribute("rows", me == null ? List.of() : views.rows(queries.forParticipant(me.id()), locale));
        LocalDate today = LocalDate.now(clock);
        List<Meeting> coming = meetings.all()
            .stream()
            .filter(m -> m.registrationByCcmDesk() && !m.cancelled() && !m.pastOn(today))
            .toList();
        model.addAttribute("coming", coming);
        model.addAttribute("delegations", views.delegationsOf(user, locale));
        return "registration/mine";
    }

}

package org.ccmdesk.sponsorship;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import org.ccmdesk.accounts.CcmUser;
import org.ccmdesk.accounts.Role;
import org.ccmdesk.meetings.Meeting;
import org.ccmdesk.meetings.MeetingService;
import org.ccmdesk.registration.RegisteredPeople;
import org.ccmdesk.registration.RegisteredPerson;
import org.ccmdesk.system.ActingUser;
import org.ccmdesk.system.EmailAddresses;
import org.ccmdesk.system.FormSubmission;
import org.ccmdesk.system.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Applications on pages: the focal point's application form, the ranked list of a meeting
 * (reviewers and the secretariat), one application with its reasons, history, reviews and
 * offers, and what each may do with it.
 */
@Controller
class ApplicationController {

    private final SponsorshipQueries queries;

    private final Applications applications;

    private final RankedList ranked;

    private final Ledger ledger;

    private final MeetingService meetings;

    private final RegisteredPeople people;

    private final SponsorshipViews views;

    ApplicationController(SponsorshipQueries queries, Applications applications, RankedList ranked, Ledger ledger,
            MeetingService meetings, RegisteredPeople people, SponsorshipViews views) {
        this.queries = queries;
        this.applications = applications;
        this.ranked = ranked;
        this.ledger = ledger;
        this.meetings = meetings;
        this.people = people;
        this.views = views;
    }

    static ActingUser user() {
        return ActingUser.current().orElseThrow(() -> new AccessDeniedException("not signed in"));
    }

    static boolean reviewer(ActingUser user) {
        return user.isSecretariat() || (user instanceof CcmUser u && u.role() == Role.REVIEWER);
    }

    @GetMapping("/sponsorship/meetings/{id}")
    String ranked(@PathVariable long id, Model model) {
        Meeting meeting = meeting(id);
        SponsorshipCall call = queries.call(id).orElse(null);
        model.addAttribute("meeting", meeting);
        model.addAttribute("call", call);
        ActingUser user = user();
        model.addAttribute("me", user.email());
        model.addAttribute("secretariat", user.isSecretariat());
        if (call != null) {
            List<RankedList.Row> rows = ranked.of(id);
            ProgrammeTotals totals = ledger.totals(call.year());
            model.addAttribute("rows", rows);
            model.addAttribute("totals", totals);
            model.addAttribute("reviewsRequired",
                    queries.programme(call.year()).map(Programme::reviewsRequired).orElse(1));
            model.addAttribute("next", RankedList.nextOnWaitingList(rows, totals.available()).orElse(null));
            model.addAttribute("states", views.stateNames(meeting.firstDay()));
        }
        return "sponsorship/ranked";
    }

    @GetMapping("/sponsorship/meetings/{id}/apply")
    String applyForm(@PathVariable long id, Model model) {
        SponsorshipCall call = call(id);
        int days = (int) ChronoUnit.DAYS.between(meeting(id).firstDay(), meeting(id).lastDay()) + 1;
        model.addAttribute("applyForm", ApplyForm.empty(days, days + 1));
        return applyPage(id, call, model);
    }

    @PostMapping("/sponsorship/meetings/{id}/apply")
    String apply(@PathVariable long id, @Valid @ModelAttribute ApplyForm applyForm, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        SponsorshipCall call = call(id);
        var created = FormSubmission.attempt(errors, () -> {
            Map<CostKind, BigDecimal> estimates = Applications.estimates(call, applyForm.travel(), applyForm.dsaDays(),
                    applyForm.hotelNights());
            return applications.apply(new Applications.Request(id, applyForm.registrationId(), applyForm.travelFrom(),
                    estimates.get(CostKind.TRAVEL), applyForm.dsaDays(), estimates.get(CostKind.DSA),
                    applyForm.hotelNights(), estimates.get(CostKind.HOTEL), applyForm.motivation(),
                    applyForm.conditionsAccepted()));
        });
        if (created.isPresent()) {
            redirect.addFlashAttribute("notice",
                    created.get().eligibility().eligible() ? "sponsorship.applied" : "sponsorship.appliedIneligible");
            return "redirect:/sponsorship/applications/" + created.get().id();
        }
        return applyPage(id, call, model);
    }

    private String applyPage(long id, SponsorshipCall call, Model model) {
        ActingUser user = user();
        Meeting meeting = meeting(id);
        List<RegisteredPerson> candidates = people.ofMeeting(id)
            .stream()
            .filter(p -> p.delegation().isState() && user.canActForState(p.delegation().iso3()) && p.active())
            .filter(p -> queries.applicationOfRegistration(p.registrationId()).isEmpty())
            .toList();
        model.addAttribute("meeting", meeting);
        model.addAttribute("call", call);
        model.addAttribute("candidates", candidates);
        model.addAttribute("states", views.stateNames(meeting.firstDay()));
        model.addAttribute("open", call.openOn(views.today()));
        return "sponsorship/apply";
    }

    @GetMapping("/sponsorship/applications/{id}")
    String show(@PathVariable long id, Model model) {
        Application application = applications.find(id);
        RegisteredPerson person = people.find(application.registrationId()).orElseThrow();
        ActingUser user = user();
        boolean isReviewer = reviewer(user);
        boolean mayAnswer = Offers.mayAnswer(user, person, application);
        if (!isReviewer && !mayAnswer) {
            throw new AccessDeniedException("application " + id);
        }
        SponsorshipCall call = queries.call(application.meetingId()).orElseThrow();
        Meeting meeting = meeting(application.meetingId());
        List<Review> reviews = queries.reviews(id);
        model.addAttribute("app", application);
        model.addAttribute("person", person);
        model.addAttribute("meeting", meeting);
        model.addAttribute("call", call);
        model.addAttribute("stateName",
                views.stateNames(meeting.firstDay()).getOrDefault(application.iso3(), application.iso3()));
        model.addAttribute("history", queries.history(id));
        model.addAttribute("reviews", isReviewer ? reviews : List.of());
        model.addAttribute("score", RankedList.mean(reviews));
        model.addAttribute("questions", queries.questions(call.year()));
        model.addAttribute("offers", queries.offers(id));
        model.addAttribute("reviewer", isReviewer);
        model.addAttribute("secretariat", user.isSecretariat());
        model.addAttribute("mayAnswer", mayAnswer);
        model.addAttribute("reviewedByMe", reviews.stream()
            .anyMatch(r -> EmailAddresses.normal(r.reviewer()).equals(EmailAddresses.normal(user.email()))));
        model.addAttribute("outcomes", List.of(Outcome.SHORTLISTED, Outcome.WAITING_LIST, Outcome.NOT_SELECTED));
        model.addAttribute("kinds", CostKind.values());
        model.addAttribute("totals", ledger.totals(call.year()));
        model.addAttribute("defaultExpiry", views.today().plusDays(14));
        return "sponsorship/application";
    }

    @GetMapping("/my/sponsorship")
    String mine(Model model) {
        ActingUser user = user();
        Map<Long, RegisteredPerson> persons = new HashMap<>();
        List<Application> mine = queries.allApplications().stream().filter(a -> {
            RegisteredPerson p = people.find(a.registrationId()).orElse(null);
            if (p == null) {
                return false;
            }
            persons.put(a.id(), p);
            return !user.isSecretariat() && Offers.mayAnswer(user, p, a);
        }).toList();
        Map<Long, Meeting> meetingsById = new HashMap<>();
        Map<Long, List<Offer>> offers = new HashMap<>();
        for (Application a : mine) {
            meetingsById.computeIfAbsent(a.meetingId(), this::meeting);
            offers.put(a.id(), queries.offers(a.id()));
        }
        model.addAttribute("applications", mine);
        model.addAttribute("persons", persons);
        model.addAttribute("meetings", meetingsById);
        model.addAttribute("offers", offers);
        return "sponsorship/mine";
    }

    static Map<CostKind, BigDecimal> items(BigDecimal travel, BigDecimal dsa, BigDecimal hotel) {
        Map<CostKind, BigDecimal> items = new EnumMap<>(CostKind.class);
        if (travel != null && travel.signum() != 0) {
            items.put(CostKind.TRAVEL, travel);
        }
        if (dsa != null && dsa.signum() != 0) {
            items.put(CostKind.DSA, dsa);
        }
        if (hotel != null && hotel.signum() != 0) {
            items.put(CostKind.HOTEL, hotel);
        }
        return items;
    }

    private SponsorshipCall call(long meetingId) {
        return queries.call(meetingId).orElseThrow(() -> new NotFoundException("sponsorship.callNotFound", meetingId));
    }

    private Meeting meeting(long id) {
        return meetings.find(id, org.springframework.context.i18n.LocaleContextHolder.getLocale())
            .orElseThrow(() -> new NotFoundException("meeting.notFound", id));
    }

}

package org.ccmdesk.registration;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import org.ccmdesk.system.ActingUser;
import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Registrations as JSON: the secretariat sees all of a meeting's, a focal point those of
 * its delegations, anyone else their own. Passport details are never in the API.
 */
@RestController
class RegistrationApiController {

    /** One registration in the API. */
    record RegistrationJson(long id, long meetingId, String meeting, String delegation, String delegationName,
            String givenNames, String familyName, String badgeName, String email, String jobFunction,
            DelegationRole role, RegistrationStatus status, boolean confirmed, boolean late, boolean publicConsent,
            boolean visaLetterRequested, String reason) {

        static RegistrationJson of(RegistrationRow row) {
            Registration r = row.registration();
            Participant p = row.participant();
            return new RegistrationJson(r.id(), r.meetingId(), row.meetingName(), r.delegation().key(),
                    row.delegationName(), p.givenNames(), p.familyName(), p.badgeName(), p.email(), p.jobFunction(),
                    r.role(), r.status(), r.confirmed(), r.late(), r.publicConsent(), r.visaLetterRequested(),
                    r.reason());
        }
    }

    private final RegistrationQueries queries;

    private final RegistrationAccess access;

    private final RegistrationViews views;

    private final RegistrationDesk desk;

    RegistrationApiController(RegistrationQueries queries, RegistrationAccess access, RegistrationViews views,
            RegistrationDesk desk) {
        this.desk = desk;
        this.queries = queries;
        this.access = access;
        this.views = views;
    }

    @GetMapping("/api/registrations")
    List<RegistrationJson> list(@RequestParam(required = false) Long meeting, Locale locale) {
        ActingUser user = RegistrationAccess.user();
        List<Registration> visible = (meeting == null ? queries.all() : queries.forMeeting(meeting, null)).stream()
            .filter(r -> user.isSecretariat() || RegistrationAccess.canActFor(user, r.delegation()))
            .toList();
        java.util.Set<Long> seen = visible.stream().map(Registration::id).collect(java.util.stream.Collectors.toSet());
        List<Registration> own = queries.participantByEmail(user.email())
            .map(p -> queries.forParticipant(p.id()))
            .orElse(List.of())
            .stream()
            .filter(r -> (meeting == null || r.meetingId() == meeting) && !seen.contains(r.id()))
            .toList();
        return views.rows(java.util.stream.Stream.concat(visible.stream(), own.stream()).toList(), locale)
            .stream()
            .map(RegistrationJson::of)
            .toList();
    }

    /**
     * Registers a person (their profile's id) for the meeting and the ticked meetings of
     * its series: 201 with the new registrations; 409 with the existing one's id when
     * already registered.
     */
    @PostMapping("/api/meetings/{id}/registrations")
    ResponseEntity<List<RegistrationJson>> register(@PathVariable long id, @Valid @RequestBody RegisterForm form,
            Locale locale) {
        List<Registration> created = queries.find(desk.register(id, form));
        return ResponseEntity.created(URI.create("/api/registrations/" + created.get(0).id()))
            .body(views.rows(created, locale).stream().map(RegistrationJson::of).toList());
    }

    @GetMapping("/api/registrations/{id}")
    RegistrationJson one(@PathVariable long id, Locale locale) {
        return RegistrationJson.of(views.rows(List.of(access.checkCanSee(id)), locale).get(0));
    }

}

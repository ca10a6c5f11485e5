package org.ccmdesk.statements;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A meeting's speakers' lists as JSON; inscribing through the API. */
@Tag(name = "Speakers")
@RestController
class SpeakersApiController {

    /** One entry of the list in speaking order. */
    record SpeakerJson(int position, String party, String partyName, String speaker, SpeechType speechType,
            StatementCategory category, EntryStatus state, OffsetDateTime startedAt, OffsetDateTime endedAt) {
    }

    /** The inscription made. */
    record Inscribed(long id, long item, String party, SpeechType speechType) {
    }

    private final SpeakersViews views;

    private final SpeakersLists lists;

    private final MessageSource messages;

    SpeakersApiController(SpeakersViews views, SpeakersLists lists, MessageSource messages) {
        this.views = views;
        this.lists = lists;
        this.messages = messages;
    }

    @Operation(summary = "The speakers' list of an agenda item in speaking order (withdrawn entries have position 0); "
            + "without item, the list the room view follows")
    @GetMapping("/api/meetings/{id}/speakers")
    List<SpeakerJson> list(@PathVariable long id, @RequestParam(required = false) Long item, Locale locale) {
        return views.view(id, item, locale)
            .rows()
            .stream()
            .map(r -> new SpeakerJson(r.position(), r.entry().party().key(), r.partyName(), r.entry().speaker(),
                    r.entry().speechType(), r.entry().category(), r.entry().status(), r.entry().startedAt(),
                    r.entry().endedAt()))
            .toList();
    }

    @Operation(summary = "Inscribe a delegation (a focal point for its own, the secretariat for any)")
    @ApiResponse(responseCode = "201", description = "inscribed")
    @ApiResponse(responseCode = "400", description = "a missing or invalid field, an unknown item or delegation")
    @ApiResponse(responseCode = "403",
            description = "another delegation, or (focal point) the deadline passed or the list is closed")
    @ApiResponse(responseCode = "409", description = "the delegation is already inscribed for this speech type")
    @PostMapping("/api/meetings/{id}/speakers")
    ResponseEntity<Inscribed> inscribe(@PathVariable long id, @Valid @RequestBody Inscription body) {
        long entry = lists.inscribe(id, body);
        return ResponseEntity.created(URI.create("/api/meetings/" + id + "/speakers?item=" + body.item()))
            .body(new Inscribed(entry, body.item(), body.party(), body.speechType()));
    }

    @ExceptionHandler(InscriptionRefused.class)
    ProblemDetail refused(InscriptionRefused e, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                messages.getMessage(e.messageKey(), null, locale));
        problem.setTitle(messages.getMessage("speakers.refusedTitle", null, locale));
        return problem;
    }

}

package org.ccmdesk.states;

import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Recording treaty facts by API (secretariat; a session with its CSRF token, or a
 * personal API token).
 */
@Tag(name = "Treaty facts (secretariat)")
@RestController
class TreatyFactApiController {

    private final TreatyFacts facts;

    private final TreatyStatusService treaty;

    TreatyFactApiController(TreatyFacts facts, TreatyStatusService treaty) {
        this.facts = facts;
        this.treaty = treaty;
    }

    @Operation(summary = "Record a signature, a deposit (with depositKind) or a withdrawal (the date it takes effect)")
    @PostMapping("/api/states/{iso3}/events")
    @ResponseStatus(HttpStatus.CREATED)
    StateDetail record(@PathVariable String iso3, @Valid @RequestBody TreatyEventForm form, Locale locale) {
        facts.record(iso3, form);
        return treaty.detailOf(iso3, treaty.today(), locale).orElseThrow(() -> new UnknownStateException(iso3));
    }

    @Operation(summary = "Correct a recorded event; the reason is mandatory and the audit log keeps the old values")
    @PostMapping("/api/states/{iso3}/events/{kind}/correction")
    StateDetail correct(@PathVariable String iso3, @PathVariable TreatyEventKind kind,
            @Valid @RequestBody TreatyCorrectionForm form, Locale locale) {
        facts.correct(iso3, kind, form);
        return treaty.detailOf(iso3, treaty.today(), locale).orElseThrow(() -> new UnknownStateException(iso3));
    }

}

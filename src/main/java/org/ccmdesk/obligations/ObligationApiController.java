package org.ccmdesk.obligations;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Obligations as of a date (public), and recording what was done (focal point of the
 * state, or secretariat).
 */
@Tag(name = "Obligations")
@RestController
class ObligationApiController {

    private static final String AS_OF = "Date of the status, YYYY-MM-DD; default today";

    private final ObligationService obligations;

    private final ObligationRecorder recorder;

    private final Verification verification;

    ObligationApiController(ObligationService obligations, ObligationRecorder recorder, Verification verification) {
        this.obligations = obligations;
        this.recorder = recorder;
        this.verification = verification;
    }

    @Operation(summary = "The catalogue of rules")
    @GetMapping("/api/obligations/rules")
    List<ObligationRule> rules() {
        return obligations.rules();
    }

    @Operation(summary = "Every obligation of one state as of a date")
    @GetMapping("/api/states/{iso3}/obligations")
    List<Obligation> state(@PathVariable String iso3,
            @Parameter(description = AS_OF, example = "2014-04-07") LocalDate asOf, Locale locale) {
        return obligations.forState(iso3, asOf, locale);
    }

    @Operation(summary = "Every obligation of every State Party as of a date")
    @GetMapping("/api/obligations")
    List<Obligation> all(@Parameter(description = AS_OF, example = "2014-04-07") LocalDate asOf, Locale locale) {
        return obligations.forAll(asOf, locale);
    }

    @Operation(summary = "The overdue obligations as of a date, oldest deadline first")
    @GetMapping("/api/obligations/overdue")
    List<Obligation> overdue(@Parameter(description = AS_OF, example = "2014-04-07") LocalDate asOf, Locale locale) {
        return obligations.overdue(asOf, locale);
    }

    @Operation(summary = "Record that an obligation instance was met (no document; use the page to upload one)")
    @PostMapping("/api/states/{iso3}/obligations/{instance}/fulfilment")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Long> record(@PathVariable String iso3, @PathVariable String instance,
            @Valid @RequestBody FulfilmentForm form) {
        return Map.of("id", recorder.record(iso3, instance, form, null));
    }

    @Operation(summary = "Record an extension request under Article 3 or 4 and its decision")
    @PostMapping("/api/states/{iso3}/extensions")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Long> extension(@PathVariable String iso3, @Valid @RequestBody ExtensionForm form) {
        return Map.of("id", recorder.recordExtension(iso3, form));
    }

    @Operation(summary = "Verify an extension request that a state reported (secretariat)")
    @PostMapping("/api/extensions/{id}/verify")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void verifyExtension(@PathVariable long id) {
        verification.verifyExtension(id);
    }

    @Operation(summary = "Verify what a state reported (secretariat)")
    @PostMapping("/api/fulfilments/{id}/verify")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void verify(@PathVariable long id) {
        verification.verify(id);
    }

}

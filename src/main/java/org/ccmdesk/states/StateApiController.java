package org.ccmdesk.states;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Public JSON API of treaty status; every answer is computed as of {@code asOf} (default:
 * today).
 */
@Tag(name = "Treaty status")
@RestController
@RequestMapping("/api")
class StateApiController {

    private static final String AS_OF = "Date of the status, YYYY-MM-DD; default today";

    private final TreatyStatusService treaty;

    StateApiController(TreatyStatusService treaty) {
        this.treaty = treaty;
    }

    @Operation(summary = "Every state that could join, with its status as of a date",
            description = "region matches the UN M49 region (e.g. Africa) or sub-region; group the UN regional group.")
    @GetMapping("/states")
    List<StateStatus> states(@Parameter(description = AS_OF, example = "2014-04-07") LocalDate asOf,
            @RequestParam(required = false) TreatyStatus status, @RequestParam(required = false) String region,
            @RequestParam(required = false) String group, @RequestParam(required = false) String q, Locale locale) {
        return new StateListFilter(status, group, region, q, "name", "asc").apply(treaty.statusOfAll(asOf, locale),
                locale);
    }

    @Operation(summary = "One state by its ISO 3166-1 alpha-3 code (any case), with the sources of its facts")
    @GetMapping("/states/{iso3}")
    StateDetail state(@PathVariable String iso3, @Parameter(description = AS_OF, example = "2014-04-07") LocalDate asOf,
            Locale locale) {
        return treaty.detailOf(iso3, asOf, locale).orElseThrow(() -> new UnknownStateException(iso3));
    }

    @Operation(
            summary = "Headline figures as of a date: States Parties (deposited, not withdrawn), of which in force, signatories")
    @GetMapping("/treaty/summary")
    TreatySummary summary(@Parameter(description = AS_OF, example = "2014-04-07") LocalDate asOf) {
        return treaty.summary(asOf);
    }

}

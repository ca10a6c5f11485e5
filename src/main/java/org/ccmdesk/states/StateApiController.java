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

    static final String NAMES = "name is the state's short name in the request's language (Accept-Language or lang; "
            + "English by default) as it was on asOf: UN M49 names in English (Swaziland before 19 April 2018, "
            + "Eswatini after; the former Yugoslav Republic of Macedonia before 14 February 2019). formalName is the "
            + "formal name on that date. names gives the short name on asOf in the six UN languages (en, fr, es, ar, "
            + "ru, zh); French names follow ISO 3166-1 (UN usage), Spanish, Arabic, Russian and Chinese names come "
            + "from the world-countries data set and are not UN names. Where no source gives a language's name for "
            + "that date (Arabic, Chinese and Russian before a name change; French or Spanish former names not "
            + "recorded) the value is null: nothing is invented. q matches every name a state has had, short and "
            + "formal, in every language.";

    @Operation(summary = "Every state that could join, with its status as of a date",
            description = "region matches the UN M49 region (e.g. Africa) or sub-region; group the UN regional group. "
                    + NAMES)
    @GetMapping("/states")
    List<StateStatus> states(@Parameter(description = AS_OF, example = "2014-04-07") LocalDate asOf,
            @RequestParam(required = false) TreatyStatus status, @RequestParam(required = false) String region,
            @RequestParam(required = false) String group, @RequestParam(required = false) String q, Locale locale) {
        return new StateListFilter(status, group, region, q, "name", "asc").apply(treaty.statusOfAll(asOf, locale),
                locale, otherNames(q));
    }

    private java.util.function.Function<String, java.util.Collection<String>> otherNames(String q) {
        if (q == null || q.isBlank()) {
            return iso3 -> List.of();
        }
        java.util.Map<String, java.util.Set<String>> names = treaty.everyName();
        return iso3 -> names.getOrDefault(iso3, java.util.Set.of());
    }

    @Operation(summary = "One state by its ISO 3166-1 alpha-3 code (any case), with the sources of its facts",
            description = NAMES + " nameHistory lists every former name (language, name, formalName, article, "
                    + "validUntil: the day its successor took effect, dateBasis: EXACT or NOT_BEFORE when the source "
                    + "only bounds the day, source). mission says how the state is written to in Geneva.")
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

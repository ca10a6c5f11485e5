package org.ccmdesk.statements;

import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.ccmdesk.states.StateStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Reports of use and condemnations as JSON. */
@Tag(name = "Use of cluster munitions")
@RestController
class UseApiController {

    /** A condemnation in the table. */
    record CondemnedJson(String iso3, LocalDate date, String source) {
    }

    /** The condemnation table of a use as of a date. */
    record TableJson(long use, String country, LocalDate asOf, List<CondemnedJson> condemned,
            List<String> statesPartiesSilent, Map<String, Object> counts) {
    }

    /** The condemnation recorded. */
    record Recorded(long id) {
    }

    private final UseReports uses;

    UseApiController(UseReports uses) {
        this.uses = uses;
    }

    @Operation(summary = "The reports of use of cluster munitions, with their sources")
    @GetMapping("/api/uses")
    List<CmUse> all() {
        return uses.all();
    }

    @Operation(summary = "Who condemned a reported use as of a date: the states that did (first date and source), "
            + "the States Parties that have not, and counts by status and region of those that did")
    @GetMapping("/api/uses/{id}/condemnations")
    TableJson condemnations(@PathVariable long id, LocalDate asOf, Locale locale) {
        CondemnationTable table = uses.table(id, asOf, locale);
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("condemned", table.condemned().size());
        counts.put("statesPartiesSilent", table.statesPartiesSilent().size());
        counts.put("others", table.others().size());
        counts.put("byStatus", table.byStatus());
        counts.put("byRegion", table.byRegion());
        return new TableJson(id, table.use().countryIso3(), table.asOf(),
                table.condemned().stream().map(c -> new CondemnedJson(c.state().iso3(), c.date(), c.source())).toList(),
                table.statesPartiesSilent().stream().map(StateStatus::iso3).toList(), counts);
    }

    @Operation(summary = "Record a state's condemnation of a reported use (secretariat)")
    @ApiResponse(responseCode = "201", description = "recorded")
    @ApiResponse(responseCode = "400",
            description = "an unknown use, state or statement, a date in the future, a missing field")
    @PostMapping("/api/condemnations")
    ResponseEntity<Recorded> condemn(@Valid @RequestBody CondemnationForm body) {
        long id = uses.condemn(body);
        return ResponseEntity.created(URI.create("/api/uses/" + body.use() + "/condemnations")).body(new Recorded(id));
    }

}

package org.ccmdesk.dashboards;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.ccmdesk.states.TreatySummary;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Treaty status")
@RestController
class TimelineApiController {

    private final TreatyTimeline timeline;

    TimelineApiController(TreatyTimeline timeline) {
        this.timeline = timeline;
    }

    @Operation(summary = "Headline figures on the first day of every month since December 2008, and on asOf")
    @GetMapping("/api/treaty/timeline")
    List<TreatySummary> timeline(@Parameter(description = "Last date of the series, YYYY-MM-DD; default today",
            example = "2014-04-07") LocalDate asOf) {
        return timeline.monthly(asOf);
    }

}

package org.ccmdesk.dashboards;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.ccmdesk.states.TreatyStatus;
import org.ccmdesk.states.TreatyStatusService;
import org.ccmdesk.states.TreatySummary;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page: what CCM Desk is, the headline figures as of a date, the chart and the
 * map.
 */
@Controller
class HomeController {

    private final TreatyStatusService treaty;

    private final TreatyTimeline timeline;

    private final Clock clock;

    HomeController(TreatyStatusService treaty, TreatyTimeline timeline, Clock clock) {
        this.treaty = treaty;
        this.timeline = timeline;
        this.clock = clock;
    }

    @GetMapping("/")
    String home(LocalDate asOf, Model model) {
        Map<TreatyStatus, Long> byStatus = treaty.countByStatus(asOf);
        TreatySummary summary = treaty.summary(asOf);
        model.addAttribute("asOf", asOf);
        model.addAttribute("summary", summary);
        model.addAttribute("byStatus", byStatus);
        model.addAttribute("yearly", timeline.yearly(LocalDate.now(clock)));
        return "home";
    }

}

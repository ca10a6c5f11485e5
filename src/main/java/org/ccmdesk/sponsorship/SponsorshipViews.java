package org.ccmdesk.sponsorship;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;

import org.ccmdesk.states.StateStatus;
import org.ccmdesk.states.TreatyStatusService;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** What the pages need besides the programme's own records: state names, today. */
@Component
class SponsorshipViews {

    private final TreatyStatusService states;

    private final Clock clock;

    SponsorshipViews(TreatyStatusService states, Clock clock) {
        this.states = states;
        this.clock = clock;
    }

    /** Every state's name in the page's language, by ISO alpha-3 code. */
    Map<String, String> stateNames(LocalDate on) {
        return states.statusOfAll(on, LocaleContextHolder.getLocale())
            .stream()
            .collect(Collectors.toMap(StateStatus::iso3, StateStatus::name));
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

}

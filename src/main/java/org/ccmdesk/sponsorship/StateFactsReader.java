package org.ccmdesk.sponsorship;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.ccmdesk.obligations.Obligation;
import org.ccmdesk.obligations.ObligationService;
import org.ccmdesk.obligations.ObligationStatus;
import org.ccmdesk.states.FlagValue;
import org.ccmdesk.states.StateFlag;
import org.ccmdesk.states.StateFlags;
import org.ccmdesk.states.StateIncome;
import org.ccmdesk.states.StateStatus;
import org.ccmdesk.states.TreatyStatusService;
import org.ccmdesk.states.UnknownStateException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The facts of a state as of a meeting's first day, from the states module (treaty
 * status, income group, contamination/stockpile/victims flags), the obligations module
 * (Article 3 and 4 deadlines from entry into force, extension requests) and the
 * programme's own records.
 */
@Component
@Transactional(readOnly = true)
class StateFactsReader {

    static final Set<String> DEADLINE_RULES = Set.of("ART3_STOCKPILE_DESTRUCTION", "ART4_CLEARANCE");

    private final TreatyStatusService states;

    private final StateFlags flags;

    private final ObligationService obligations;

    private final SponsorshipQueries queries;

    StateFactsReader(TreatyStatusService states, StateFlags flags, ObligationService obligations,
            SponsorshipQueries queries) {
        this.states = states;
        this.flags = flags;
        this.obligations = obligations;
        this.queries = queries;
    }

    StateFacts of(String iso3, LocalDate day, Set<String> invitees) {
        StateStatus status = states.statusOfAll(day, Locale.ENGLISH)
            .stream()
            .filter(s -> s.iso3().equals(iso3))
            .findFirst()
            .orElseThrow(() -> new UnknownStateException(iso3));
        StateIncome income = incomeOn(states.incomeGroupsOfAll().getOrDefault(iso3, List.of()), day);
        List<String> affectedBy = flags.of(iso3)
            .entrySet()
            .stream()
            .filter(e -> e.getValue().value() == FlagValue.YES)
            .map(Map.Entry::getKey)
            .map(StateFlag::name)
            .sorted()
            .toList();
        List<StateFacts.Deadline> deadlines = obligations.forState(iso3, day, Locale.ENGLISH)
            .stream()
            .filter(o -> DEADLINE_RULES.contains(o.rule()) && o.dueDate() != null)
            .filter(StateFactsReader::stillToMeet)
            .sorted(java.util.Comparator.comparing(Obligation::dueDate))
            .map(o -> new StateFacts.Deadline(o.rule(), o.dueDate()))
            .toList();
        boolean extension = obligations.extensionRequestPendingOn(iso3, day);
        return new StateFacts(iso3, day, income == null ? null : income.incomeGroup(),
                income == null ? null : income.fiscalYear(), affectedBy, status.status(), invitees.contains(iso3),
                deadlines, extension, queries.sponsoredAtLastTwo(iso3, day));
    }

    private static boolean stillToMeet(Obligation o) {
        return o.status() != ObligationStatus.MET && o.status() != ObligationStatus.MET_LATE
                && o.status() != ObligationStatus.NOT_APPLICABLE;
    }

    /**
     * The income group of the World Bank fiscal year that covers {@code day} (FY14 runs
     * from 1 July 2013 to 30 June 2014), or of the latest fiscal year before it that is
     * known; none when every known one is later.
     */
    static StateIncome incomeOn(List<StateIncome> incomes, LocalDate day) {
        int fiscalYear = day.getMonthValue() >= 7 ? day.getYear() + 1 : day.getYear();
        StateIncome best = null;
        for (StateIncome income : incomes) {
            int year = 2000 + Integer.parseInt(income.fiscalYear().substring(2));
            if (year <= fiscalYear
                    && (best == null || year > 2000 + Integer.parseInt(best.fiscalYear().substring(2)))) {
                best = income;
            }
        }
        return best;
    }

}

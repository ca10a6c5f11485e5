package org.ccmdesk.obligations;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.ccmdesk.states.StateFlags;
import org.ccmdesk.states.StateStatus;
import org.ccmdesk.states.TreatyStatus;
import org.ccmdesk.states.TreatyStatusService;
import org.ccmdesk.states.UnknownStateException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every State Party's obligations as of any date. Five queries whatever the number of
 * states (states, flags, rules, fulfilments, extensions); the rest is computed in memory.
 */
@Service
@Transactional(readOnly = true)
public class ObligationService {

    private final TreatyStatusService states;

    private final StateFlags flags;

    private final ObligationQueries queries;

    ObligationService(TreatyStatusService states, StateFlags flags, ObligationQueries queries) {
        this.states = states;
        this.flags = flags;
        this.queries = queries;
    }

    public List<ObligationRule> rules() {
        return queries.rules();
    }

    public List<Obligation> forState(String iso3, LocalDate asOf, Locale locale) {
        String code = iso3.trim().toUpperCase(Locale.ROOT);
        StateStatus state = states.statusOfAll(asOf, locale)
            .stream()
            .filter(s -> s.iso3().equals(code))
            .findFirst()
            .orElseThrow(() -> new UnknownStateException(iso3));
        Map<String, Fulfilment> done = byInstance(queries.fulfilments(code));
        return ObligationCalculator.compute(context(state, flags.all()), queries.rules(), done,
                queries.extensions(code), asOf, locale);
    }

    /**
     * Every obligation of every state as of the date, ordered by state name, then
     * deadline.
     */
    public List<Obligation> forAll(LocalDate asOf, Locale locale) {
        var allFlags = flags.all();
        List<ObligationRule> rules = queries.rules();
        Map<String, Map<String, Fulfilment>> done = queries.fulfilments(null)
            .stream()
            .filter(f -> f.instance() != null)
            .collect(Collectors.groupingBy(Fulfilment::iso3,
                    Collectors.toMap(Fulfilment::instance, Function.identity())));
        Map<String, List<ExtensionRequest>> extensions = queries.extensions(null)
            .stream()
            .collect(Collectors.groupingBy(ExtensionRequest::iso3));
        List<Obligation> all = new ArrayList<>();
        List<StateStatus> parties = states.statusOfAll(asOf, locale)
            .stream()
            .filter(s -> s.status() != TreatyStatus.NOT_SIGNATORY && s.status() != TreatyStatus.SIGNATORY)
            .sorted(Comparator.comparing(StateStatus::name))
            .toList();
        for (StateStatus state : parties) {
            all.addAll(ObligationCalculator.compute(context(state, allFlags), rules,
                    done.getOrDefault(state.iso3(), Map.of()), extensions.getOrDefault(state.iso3(), List.of()), asOf,
                    locale));
        }
        return all;
    }

    public List<Obligation> overdue(LocalDate asOf, Locale locale) {
        return forAll(asOf, locale).stream()
            .filter(o -> o.status() == ObligationStatus.OVERDUE)
            .sorted(Comparator.comparing(Obligation::dueDate).thenComparing(Obligation::iso3))
            .toList();
    }

    /** What a state reported and the secretariat has not verified yet (for the desk). */
    public record WaitingVerification(long fulfilmentId, String iso3, String instance, LocalDate metOn) {
    }

    /** Every fulfilment reported by a state and not verified yet, oldest first. */
    public List<WaitingVerification> waitingForVerification() {
        return queries.fulfilments(null)
            .stream()
            .filter(f -> f.reportedByState() && !f.verified())
            .map(f -> new WaitingVerification(f.id(), f.iso3(), f.instance(), f.metOn()))
            .toList();
    }

    public List<Fulfilment> fulfilments(String iso3) {
        return queries.fulfilments(iso3.trim().toUpperCase(Locale.ROOT));
    }

    public java.util.Optional<Fulfilment> fulfilment(long id) {
        return queries.fulfilment(id);
    }

    public java.util.Optional<ExtensionRequest> extension(long id) {
        return queries.extension(id);
    }

    /**
     * Whether the state has an extension request submitted on or before {@code day} that
     * was not decided before it: one a meeting on that day would consider.
     */
    public boolean extensionRequestPendingOn(String iso3, LocalDate day) {
        return extensions(iso3).stream()
            .anyMatch(e -> e.submittedOn() != null && !e.submittedOn().isAfter(day)
                    && (e.decidedOn() == null || !e.decidedOn().isBefore(day)));
    }

    public List<ExtensionRequest> extensions(String iso3) {
        return queries.extensions(iso3.trim().toUpperCase(Locale.ROOT));
    }

    private static ObligationCalculator.StateContext context(StateStatus state,
            Map<String, Map<org.ccmdesk.states.StateFlag, org.ccmdesk.states.FlagRecord>> flags) {
        return new ObligationCalculator.StateContext(state.iso3(), state.entryIntoForce(),
                state.status() == TreatyStatus.WITHDRAWN, flags.getOrDefault(state.iso3(), Map.of()));
    }

    private static Map<String, Fulfilment> byInstance(List<Fulfilment> fulfilments) {
        return fulfilments.stream()
            .filter(f -> f.instance() != null)
            .collect(Collectors.toMap(Fulfilment::instance, Function.identity()));
    }

}

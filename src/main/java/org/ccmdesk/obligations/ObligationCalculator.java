package org.ccmdesk.obligations;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ccmdesk.states.FlagRecord;
import org.ccmdesk.states.FlagValue;
import org.ccmdesk.states.StateFlag;

/**
 * The obligations of one state as of a date, from data already loaded: no query here. A
 * state that has not deposited an instrument by that date, or has withdrawn, has no
 * obligations.
 */
final class ObligationCalculator {

    /** DUE_SOON: due within this many days after the date. */
    static final int DUE_SOON_DAYS = 90;

    /** Deadlines in order, open-ended ones last. */
    static final Comparator<Obligation> BY_DEADLINE = Comparator
        .comparing(Obligation::dueDate, Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(Obligation::instance);

    private ObligationCalculator() {
    }

    /**
     * What is known of one state for the computation. {@code entryIntoForce} is null for
     * a state that has not joined.
     */
    record StateContext(String iso3, LocalDate entryIntoForce, boolean withdrawn, Map<StateFlag, FlagRecord> flags) {
    }

    static List<Obligation> compute(StateContext state, Collection<ObligationRule> rules,
            Map<String, Fulfilment> fulfilments, Collection<ExtensionRequest> extensions, LocalDate asOf,
            Locale locale) {
        List<Obligation> obligations = new ArrayList<>();
        if (state.entryIntoForce() == null || state.withdrawn()) {
            return obligations;
        }
        for (ObligationRule rule : rules) {
            Applicability applicability = applicability(rule.appliesTo(), state.flags());
            for (ObligationRule.Instance instance : rule.instances(state.entryIntoForce(), asOf)) {
                LocalDate original = instance.dueDate();
                LocalDate due = extended(rule, original, extensions, asOf);
                Fulfilment done = fulfilments.get(instance.instance());
                LocalDate metOn = done != null && !done.metOn().isAfter(asOf) ? done.metOn() : null;
                ObligationStatus status = applicability == Applicability.DOES_NOT_APPLY
                        ? ObligationStatus.NOT_APPLICABLE : honest(status(due, metOn, asOf), rule, due, applicability);
                obligations.add(new Obligation(state.iso3(), rule.id(), instance.instance(), rule.source(),
                        rule.theme(), rule.title(locale), applicability, applicability == Applicability.UNKNOWN, due,
                        original, status, metOn, metOn == null ? null : done.verified(),
                        metOn == null ? null : done.reportedByState(), metOn == null ? null : done.id()));
            }
        }
        obligations.sort(BY_DEADLINE);
        return obligations;
    }

    /**
     * An unmet deadline that passed is OVERDUE only when the rule applies and the records
     * cover the deadline; else what is not known is said.
     */
    static ObligationStatus honest(ObligationStatus status, ObligationRule rule, LocalDate due,
            Applicability applicability) {
        if (status != ObligationStatus.OVERDUE) {
            return status;
        }
        if (applicability == Applicability.UNKNOWN) {
            return ObligationStatus.UNKNOWN;
        }
        return rule.recordsCover(due) ? ObligationStatus.OVERDUE : ObligationStatus.NO_RECORD;
    }

    static ObligationStatus status(LocalDate due, LocalDate metOn, LocalDate asOf) {
        if (metOn != null) {
            return due == null || !metOn.isAfter(due) ? ObligationStatus.MET : ObligationStatus.MET_LATE;
        }
        if (due == null) {
            return ObligationStatus.OPEN;
        }
        if (due.isBefore(asOf)) {
            return ObligationStatus.OVERDUE;
        }
        return due.isAfter(asOf.plusDays(DUE_SOON_DAYS)) ? ObligationStatus.NOT_YET_DUE : ObligationStatus.DUE_SOON;
    }

    /**
     * The latest deadline granted by an extension decided on or before the date, else the
     * original.
     */
    private static LocalDate extended(ObligationRule rule, LocalDate original, Collection<ExtensionRequest> extensions,
            LocalDate asOf) {
        if (rule.extensionYears() == null || original == null) {
            return original;
        }
        return extensions.stream()
            .filter(e -> e.ruleId().equals(rule.id()))
            .filter(e -> e.deadlineOn(asOf) != null)
            .max(Comparator.comparing(ExtensionRequest::decidedOn).thenComparing(ExtensionRequest::id))
            .map(e -> e.deadlineOn(asOf))
            .orElse(original);
    }

    static Applicability applicability(AppliesTo appliesTo, Map<StateFlag, FlagRecord> flags) {
        return switch (appliesTo) {
            case ALL -> Applicability.APPLIES;
            case HELD_STOCKPILES -> of(value(flags, StateFlag.HELD_STOCKPILES_AT_EIF));
            case CONTAMINATED -> of(value(flags, StateFlag.CONTAMINATED_AT_EIF));
            case HAS_VICTIMS -> of(value(flags, StateFlag.HAS_VICTIMS));
            case AFFECTED -> affected(flags);
        };
    }

    private static Applicability affected(Map<StateFlag, FlagRecord> flags) {
        List<FlagValue> values = List.of(value(flags, StateFlag.HELD_STOCKPILES_AT_EIF),
                value(flags, StateFlag.CONTAMINATED_AT_EIF), value(flags, StateFlag.HAS_VICTIMS));
        if (values.contains(FlagValue.YES)) {
            return Applicability.APPLIES;
        }
        return values.contains(FlagValue.UNKNOWN) ? Applicability.UNKNOWN : Applicability.DOES_NOT_APPLY;
    }

    private static FlagValue value(Map<StateFlag, FlagRecord> flags, StateFlag flag) {
        FlagRecord record = flags.get(flag);
        return record == null ? FlagValue.UNKNOWN : record.value();
    }

    private static Applicability of(FlagValue value) {
        return switch (value) {
            case YES -> Applicability.APPLIES;
            case NO -> Applicability.DOES_NOT_APPLY;
            case UNKNOWN -> Applicability.UNKNOWN;
        };
    }

}

package org.ccmdesk.statements;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

/**
 * For modules that only read (the briefing memos): the reported uses of cluster munitions
 * and, for one state, whether and when it condemned each of them as of a date.
 */
@Service
public class UsePositions {

    private final UseReports uses;

    UsePositions(UseReports uses) {
        this.uses = uses;
    }

    /**
     * A reported use and the state's first condemnation of it on or before the date
     * ({@code condemnedOn} null when it has not condemned it).
     */
    public record Position(long useId, String countryIso3, String period, String sources, LocalDate condemnedOn,
            String condemnationSource) {

        public boolean condemned() {
            return condemnedOn != null;
        }
    }

    /** Every reported use known, with the state's position on each as of the date. */
    public List<Position> of(String iso3, LocalDate asOf) {
        Map<Long, UseReports.StateCondemnation> condemned = uses.condemnedBy(iso3, asOf)
            .stream()
            .collect(Collectors.toMap(UseReports.StateCondemnation::useId, Function.identity(), (a, b) -> a));
        return uses.all().stream().map(u -> {
            UseReports.StateCondemnation c = condemned.get(u.id());
            return new Position(u.id(), u.countryIso3(), u.period(), u.sources(), c == null ? null : c.date(),
                    c == null ? null : c.source());
        }).toList();
    }

}

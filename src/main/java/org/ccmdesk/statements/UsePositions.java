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
            String condemnationSource, List<UseEpisode> episodes) {

        public boolean condemned() {
            return condemnedOn != null;
        }

        /**
         * Whether the use belongs to the period from {@code since} to {@code asOf} (see
         * {@link UseEpisode#within}); a use whose dates are not recorded cannot be placed
         * outside it, so it belongs.
         */
        public boolean within(LocalDate since, LocalDate asOf) {
            return episodes.isEmpty() || episodes.stream().anyMatch(e -> e.within(since, asOf));
        }

        /** The period in words (see {@link UseEpisode#describe}). */
        public String periodIn(java.util.Locale locale, String continuing, String untilPattern) {
            return UseEpisode.describe(period, episodes, locale, continuing, untilPattern);
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
                    c == null ? null : c.source(), u.episodes());
        }).toList();
    }

    /**
     * The reported uses of the period from {@code since} (the previous meeting, null for
     * none) to {@code asOf}, with the state's position on each as of {@code asOf}.
     */
    public List<Position> ofPeriod(String iso3, LocalDate since, LocalDate asOf) {
        return of(iso3, asOf).stream().filter(p -> p.within(since, asOf)).toList();
    }

}

package org.ccmdesk.sponsorship;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.ccmdesk.registration.RegisteredPeople;
import org.ccmdesk.registration.RegisteredPerson;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The applications of a meeting in rank order: eligible ones first, by priority points,
 * then by mean review score (unreviewed last), then in the order they came; each with its
 * person, reviews and latest offer. Four queries whatever the number of applications.
 */
@Component
@Transactional(readOnly = true)
class RankedList {

    private final SponsorshipQueries queries;

    private final RegisteredPeople people;

    RankedList(SponsorshipQueries queries, RegisteredPeople people) {
        this.queries = queries;
        this.people = people;
    }

    /** One line of the list. */
    record Row(int rank, Application application, RegisteredPerson person, List<Review> reviews, BigDecimal score,
            Offer offer) {

        public boolean reviewedBy(String email) {
            return reviews.stream().anyMatch(r -> r.reviewer().equals(email));
        }

    }

    static final Comparator<Row> ORDER = Comparator.comparing((Row r) -> !r.application().eligible())
        .thenComparing(r -> -r.application().priority())
        .thenComparing(r -> r.score() == null ? BigDecimal.valueOf(-1) : r.score(), Comparator.reverseOrder())
        .thenComparing(r -> r.application().id());

    List<Row> of(long meetingId) {
        Map<Long, RegisteredPerson> persons = people.ofMeeting(meetingId)
            .stream()
            .collect(Collectors.toMap(RegisteredPerson::registrationId, Function.identity()));
        Map<Long, List<Review>> reviews = queries.reviewsOfMeeting(meetingId);
        Map<Long, List<Offer>> offers = queries.offersOfMeeting(meetingId);
        List<Row> rows = new ArrayList<>();
        for (Application a : queries.applications(meetingId)) {
            List<Review> mine = reviews.getOrDefault(a.id(), List.of());
            List<Offer> made = offers.getOrDefault(a.id(), List.of());
            rows.add(new Row(0, a, persons.get(a.registrationId()), mine, mean(mine),
                    made.isEmpty() ? null : made.get(made.size() - 1)));
        }
        rows.sort(ORDER);
        List<Row> ranked = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            ranked.add(new Row(i + 1, r.application(), r.person(), r.reviews(), r.score(), r.offer()));
        }
        return ranked;
    }

    /**
     * The application to offer next: the first on the waiting list in rank order whose
     * request the available money covers.
     */
    static Optional<Row> nextOnWaitingList(List<Row> ranked, BigDecimal available) {
        return ranked.stream()
            .filter(r -> r.application().outcome() == Outcome.WAITING_LIST)
            .filter(r -> r.application().requested().compareTo(available) <= 0)
            .findFirst();
    }

    static BigDecimal mean(List<Review> reviews) {
        if (reviews.isEmpty()) {
            return null;
        }
        BigDecimal sum = reviews.stream().map(Review::score).reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(reviews.size()), 2, RoundingMode.HALF_EVEN);
    }

}

package org.ccmdesk.sponsorship;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ccmdesk.registration.SponsoredCosts;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers registration's question (the visa letter, the registration and delegation
 * pages): the items of the latest offer made for a registration.
 */
@Component
@Transactional(readOnly = true)
class SponsorshipCosts implements SponsoredCosts {

    private final SponsorshipQueries queries;

    SponsorshipCosts(SponsorshipQueries queries) {
        this.queries = queries;
    }

    @Override
    public Map<String, String> itemsOf(long registrationId) {
        return queries.applicationOfRegistration(registrationId)
            .map(a -> latest(queries.offers(a.id())))
            .orElse(Map.of());
    }

    @Override
    public Map<Long, Map<String, String>> itemsOfMeeting(long meetingId) {
        Map<Long, Long> registrationOf = new HashMap<>();
        queries.applications(meetingId).forEach(a -> registrationOf.put(a.id(), a.registrationId()));
        Map<Long, Map<String, String>> all = new HashMap<>();
        queries.offersOfMeeting(meetingId).forEach((application, offers) -> {
            Map<String, String> items = latest(offers);
            if (!items.isEmpty()) {
                all.put(registrationOf.get(application), items);
            }
        });
        return all;
    }

    private static Map<String, String> latest(List<Offer> offers) {
        Map<String, String> items = new LinkedHashMap<>();
        if (!offers.isEmpty()) {
            offers.get(offers.size() - 1).items().forEach(i -> items.put(i.kind().name(), i.status().name()));
        }
        return items;
    }

}

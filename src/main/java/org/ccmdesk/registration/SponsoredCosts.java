package org.ccmdesk.registration;

import java.util.Map;

/**
 * What the sponsorship programme pays for a registration, for the visa letter and the
 * registration and delegation pages. Declared here because registration may not use the
 * sponsorship module; that module implements it. Each answer maps a kind of cost
 * ({@code TRAVEL}, {@code DSA}, {@code HOTEL}) to the status of the item offered for it
 * ({@code OFFERED}, {@code ACCEPTED}, {@code DECLINED}, {@code LAPSED},
 * {@code CANCELLED}, {@code PAID}); an empty map when the person has no offer.
 */
public interface SponsoredCosts {

    Map<String, String> itemsOf(long registrationId);

    /** The same for every registration of a meeting with an offer, by registration id. */
    Map<Long, Map<String, String>> itemsOfMeeting(long meetingId);

    /** Accepted or paid: what a visa letter may say the programme pays for. */
    static boolean covers(String itemStatus) {
        return "ACCEPTED".equals(itemStatus) || "PAID".equals(itemStatus);
    }

}

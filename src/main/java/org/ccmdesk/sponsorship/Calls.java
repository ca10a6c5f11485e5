package org.ccmdesk.sponsorship;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.ccmdesk.meetings.Meeting;
import org.ccmdesk.meetings.MeetingService;
import org.ccmdesk.states.PartyDirectory;
import org.ccmdesk.system.AuditedChange;
import org.ccmdesk.system.NotFoundException;
import org.ccmdesk.system.RuleViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The call for applications of a meeting, set (and changed) by the secretariat: window,
 * rates, places per delegation, conditions, the states not party invited for
 * universalisation; and the next round of offers.
 */
@Service
@Transactional
class Calls {

    private final JdbcClient jdbc;

    private final SponsorshipQueries queries;

    private final MeetingService meetings;

    private final PartyDirectory parties;

    private final Ledger ledger;

    private final ApplicationEventPublisher events;

    Calls(JdbcClient jdbc, SponsorshipQueries queries, MeetingService meetings, PartyDirectory parties, Ledger ledger,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.queries = queries;
        this.meetings = meetings;
        this.parties = parties;
        this.ledger = ledger;
        this.events = events;
    }

    /** Sets the call of a meeting (its programme year is the year of its first day). */
    void set(long meetingId, LocalDate opens, LocalDate closes, BigDecimal dsaRate, BigDecimal hotelRate,
            BigDecimal travelEstimate, int places, String conditions, List<String> invitees) {
        Programmes.secretariat();
        Meeting meeting = meetings.find(meetingId)
            .orElseThrow(() -> new NotFoundException("meeting.notFound", meetingId));
        int year = meeting.firstDay().getYear();
        if (opens == null) {
            throw new RuleViolation("opens", "sponsorship.dateRequired");
        }
        if (closes == null || closes.isBefore(opens)) {
            throw new RuleViolation("closes", "sponsorship.closesBeforeOpens");
        }
        if (closes.isAfter(meeting.firstDay())) {
            throw new RuleViolation("closes", "sponsorship.closesAfterMeeting");
        }
        if (places < 1 || places > 20) {
            throw new RuleViolation("places", "sponsorship.placesRange");
        }
        if (conditions == null || conditions.isBlank() || conditions.length() > 4000) {
            throw new RuleViolation("conditions", "sponsorship.conditionsRequired");
        }
        Set<String> invited = new TreeSet<>();
        for (String code : invitees) {
            String iso3 = code.trim().toUpperCase(Locale.ROOT);
            if (iso3.isEmpty()) {
                continue;
            }
            if (!iso3.matches("[A-Z]{3}") || !parties.exists(org.ccmdesk.states.Party.state(iso3))) {
                throw new RuleViolation("invitees", "sponsorship.unknownState", code.trim());
            }
            invited.add(iso3);
        }
        BigDecimal dsa = Money.entered("dsaRate", dsaRate, false);
        BigDecimal hotel = Money.entered("hotelRate", hotelRate, true);
        BigDecimal travel = Money.entered("travelEstimate", travelEstimate, true);
        ledger.lock(year);
        boolean exists = queries.call(meetingId).isPresent();
        jdbc.sql(exists ? """
                update sponsorship_call set opens = :opens, closes = :closes, dsa_rate = :dsa, hotel_rate = :hotel,
                       travel_estimate = :travel, places_per_delegation = :places, conditions = :conditions
                 where meeting_id = :m""" : """
                insert into sponsorship_call (meeting_id, programme_year, opens, closes, dsa_rate, hotel_rate,
                       travel_estimate, places_per_delegation, conditions, offer_round)
                values (:m, :y, :opens, :closes, :dsa, :hotel, :travel, :places, :conditions, 1)""")
            .param("m", meetingId)
            .param("y", year)
            .param("opens", opens)
            .param("closes", closes)
            .param("dsa", dsa)
            .param("hotel", hotel)
            .param("travel", travel)
            .param("places", places)
            .param("conditions", conditions.trim())
            .update();
        jdbc.sql("delete from sponsorship_call_invitee where meeting_id = :m").param("m", meetingId).update();
        for (String iso3 : invited) {
            jdbc.sql("insert into sponsorship_call_invitee (meeting_id, state_iso3) values (:m, :s)")
                .param("m", meetingId)
                .param("s", iso3)
                .update();
        }
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("year", year);
        values.put("opens", opens.toString());
        values.put("closes", closes.toString());
        values.put("dsaRate", dsa.toPlainString());
        values.put("hotelRate", hotel.toPlainString());
        values.put("travelEstimate", travel.toPlainString());
        values.put("places", places);
        values.put("invitees", String.join(",", invited));
        events.publishEvent(
                AuditedChange.of("sponsorship_call", meetingId, exists ? "UPDATE" : "CREATE", null, values, null));
    }

    /** Starts the next round of offers of a call (offers made from now on carry it). */
    int nextRound(long meetingId) {
        Programmes.secretariat();
        SponsorshipCall call = queries.call(meetingId)
            .orElseThrow(() -> new NotFoundException("sponsorship.callNotFound", meetingId));
        int round = call.round() + 1;
        int changed = jdbc
            .sql("update sponsorship_call set offer_round = :next where meeting_id = :m and offer_round = :r")
            .param("next", round)
            .param("m", meetingId)
            .param("r", call.round())
            .update();
        if (changed == 0) {
            throw new org.ccmdesk.system.StatusConflict(String.valueOf(call.round() + 1), "sponsorship.roundChanged");
        }
        events.publishEvent(AuditedChange.of("sponsorship_call", meetingId, "NEXT_ROUND", Map.of("round", call.round()),
                Map.of("round", round), null));
        return round;
    }

}
